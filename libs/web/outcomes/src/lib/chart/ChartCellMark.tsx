import { formatPercent } from '../format/figures';
import { CHART_SIZE, type ChartLayout, type ChartSeries, type PlacedCell } from './chart-layout';
import { BAR_STYLES } from './chart-palette';
import { IntervalMark } from './ChartParts';

const { barHeight } = CHART_SIZE;

/** One bar with its interval and value, or the note that stands in for it. */
export function ChartCellMark({
  placed,
  layout,
  series,
}: {
  placed: PlacedCell;
  layout: ChartLayout;
  series: ChartSeries[];
}) {
  const { cell, y } = placed;
  const middle = y + barHeight / 2;
  const name = series[placed.series]?.name ?? '';
  if (cell.kind === 'note') {
    return (
      <text x={layout.plotLeft + 8} y={middle} dominantBaseline="middle" fontStyle="italic">
        {`${name}: ${cell.text}`}
      </text>
    );
  }
  const { x, plotLeft } = layout;
  const end = x(cell.value);
  const interval =
    cell.low != null && cell.high != null ? { low: cell.low, high: cell.high } : null;
  const labelAt = Math.max(end, interval ? x(interval.high) : end) + 8;
  const label = formatPercent(cell.value);
  return (
    <g>
      <rect
        x={plotLeft}
        y={y}
        width={Math.max(end - plotLeft, 1)}
        height={barHeight}
        {...BAR_STYLES[series[placed.series]?.variant ?? 'solid']}
      />
      {interval && <IntervalMark x1={x(interval.low)} x2={x(interval.high)} y={middle} />}
      {/* A white backing keeps the label legible where a reference line crosses it. */}
      <rect
        x={labelAt - 3}
        y={middle - 11}
        width={label.length * 9.5 + 6}
        height={22}
        fill="#ffffff"
      />
      <text x={labelAt} y={middle} dominantBaseline="middle">
        {label}
      </text>
    </g>
  );
}
