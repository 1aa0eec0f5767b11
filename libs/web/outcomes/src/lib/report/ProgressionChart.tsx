import { BarChart } from '../chart/BarChart';
import { OUTCOME_CHART_SERIES, outcomeChartDescription, outcomeChartRows } from './outcome-chart';
import type { OutcomeGroupLike } from './outcome-rows';

export function ProgressionChart({ groups }: { groups: readonly OutcomeGroupLike[] }) {
  return (
    <BarChart
      id="progression-chart"
      title="Progression within 12 months, participants and comparison group"
      description={outcomeChartDescription(groups)}
      series={OUTCOME_CHART_SERIES}
      rows={outcomeChartRows(groups)}
      axisLabel="Progressed within 12 months of starting"
    />
  );
}
