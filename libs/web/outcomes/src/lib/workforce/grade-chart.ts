import type { ChartReference, ChartRow } from '../chart/chart-layout';
import { formatPercent, SUPPRESSED } from '../format/figures';
import type { BenchmarkLike } from './benchmark-comparison';
import type { CompositionTableLike } from './composition-rows';

/** One bar per grade and one for everyone: the lower-SEB share, or a note when withheld. */
export function gradeChartRows(table: CompositionTableLike): ChartRow[] {
  return [...table.rows, { ...table.total, key: 'all', label: 'All' }].map((row) => ({
    label: row.key === 'all' ? 'All grades' : row.key,
    cells: [
      row.lowerShare == null
        ? { kind: 'note', text: `${SUPPRESSED} withheld` }
        : { kind: 'bar', value: row.lowerShare },
    ],
  }));
}

/** The UK workforce's lower-SEB share, drawn as a line to compare each grade with. */
export function lowerBenchmark(benchmarks: readonly BenchmarkLike[]): ChartReference | undefined {
  const found = benchmarks.find(
    (b) => b.sebGroup === 'lower' && !b.department && !b.key.startsWith('scs_'),
  );
  return found
    ? { value: found.value, label: `UK workforce ${formatPercent(found.value, 0)}` }
    : undefined;
}

export function gradeChartDescription(
  table: CompositionTableLike,
  reference: ChartReference | undefined,
): string {
  const rows = [...table.rows, { ...table.total, label: 'All grades' }].map((row) =>
    row.lowerShare == null
      ? `${row.label}: withheld.`
      : `${row.label}: ${formatPercent(row.lowerShare)}.`,
  );
  const line = reference
    ? ` The dashed line marks the UK workforce share, ${formatPercent(reference.value, 0)}.`
    : '';
  return `Share of classifiable people from lower socio-economic backgrounds, by grade.${line} ${rows.join(' ')}`;
}
