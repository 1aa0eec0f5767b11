import { BarChart } from '../chart/BarChart';
import type { BenchmarkLike } from './benchmark-comparison';
import type { CompositionTableLike } from './composition-rows';
import { gradeChartDescription, gradeChartRows, lowerBenchmark } from './grade-chart';

export function GradeChart({
  table,
  benchmarks,
}: {
  table: CompositionTableLike;
  benchmarks: readonly BenchmarkLike[];
}) {
  const reference = lowerBenchmark(benchmarks);
  return (
    <BarChart
      id="grade-chart"
      title="Share from lower socio-economic backgrounds, by grade"
      description={gradeChartDescription(table, reference)}
      series={[{ name: 'Lower socio-economic background', variant: 'solid' }]}
      rows={gradeChartRows(table)}
      axisLabel="Share of people whose background can be classified"
      reference={reference}
    />
  );
}
