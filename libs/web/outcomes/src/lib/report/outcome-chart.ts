import type { ChartCell, ChartRow, ChartSeries } from '../chart/chart-layout';
import { formatInterval, formatPercent, SUPPRESSED } from '../format/figures';
import { inReportOrder, sebGroupLabel, sebGroupShortLabel } from '../format/labels';
import type { OutcomeGroupLike } from './outcome-rows';

export const OUTCOME_CHART_SERIES: ChartSeries[] = [
  { name: 'Participants', variant: 'solid' },
  { name: 'Comparison group', variant: 'outline' },
];

const WITHHELD = `${SUPPRESSED} withheld`;
const NOBODY_MATURE = 'no one 12 months in yet';

function participantCell(row: OutcomeGroupLike): ChartCell {
  if (row.suppressed) return { kind: 'note', text: WITHHELD };
  if (row.rate == null) return { kind: 'note', text: NOBODY_MATURE };
  return { kind: 'bar', value: row.rate, low: row.ciLow, high: row.ciHigh };
}

function comparisonCell(row: OutcomeGroupLike): ChartCell {
  if (row.suppressed || row.comparisonMature == null) return { kind: 'note', text: WITHHELD };
  if (row.comparisonRate == null) return { kind: 'note', text: 'nobody to compare with' };
  return { kind: 'bar', value: row.comparisonRate };
}

/** One row per SEB group and all: participants' rate with its interval, then the comparison. */
export function outcomeChartRows(groups: readonly OutcomeGroupLike[]): ChartRow[] {
  return inReportOrder(groups).map((row) => ({
    label: sebGroupShortLabel(row.sebGroup),
    cells: [participantCell(row), comparisonCell(row)],
  }));
}

function describeRow(row: OutcomeGroupLike): string {
  const label = sebGroupLabel(row.sebGroup, 'All participants');
  if (row.suppressed) return `${label}: withheld to protect a small group.`;
  const participants =
    row.rate == null
      ? 'no participants 12 months in yet'
      : `participants ${formatPercent(row.rate)}` +
        (row.ciLow != null && row.ciHigh != null
          ? ` (95% interval ${formatInterval(row.ciLow, row.ciHigh)})`
          : '');
  const comparison =
    row.comparisonMature == null
      ? 'comparison group withheld'
      : row.comparisonRate == null
        ? 'no comparison group'
        : `comparison group ${formatPercent(row.comparisonRate)}`;
  return `${label}: ${participants}; ${comparison}.`;
}

/** The chart in words, for screen readers: the same figures as its bars. */
export function outcomeChartDescription(groups: readonly OutcomeGroupLike[]): string {
  return [
    'Share who progressed within 12 months of starting, by socio-economic background.',
    ...inReportOrder(groups).map(describeRow),
  ].join(' ');
}
