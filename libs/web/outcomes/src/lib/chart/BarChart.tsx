import { formatPercent } from '../format/figures';
import {
  CHART_SIZE,
  layoutChart,
  type ChartLayout,
  type ChartReference,
  type ChartRow,
  type ChartSeries,
  type PlacedCell,
} from './chart-layout';

export interface BarChartProps {
  id: string;
  title: string;
  /** Everything the chart shows, in words: the chart is one image to assistive technology. */
  description: string;
  series: ChartSeries[];
  rows: ChartRow[];
  axisLabel: string;
  reference?: ChartReference;
}

// GOV.UK palette. The outline bar is told apart from the solid one by shape, not colour alone.
const INK = '#0b0c0c';
const BAR_STYLES = {
  solid: { fill: '#1d70b8' },
  outline: { fill: '#f3f2f1', stroke: '#505a5f', strokeWidth: 2 },
} as const;
const GRID = '#b1b4b6';
const FONT = '"GDS Transport", arial, sans-serif';
const REFERENCE = '#d4351c';
const { barHeight } = CHART_SIZE;

/** Horizontal bars of shares with optional 95% intervals; the page's table is its alternative. */
export function BarChart({
  id,
  title,
  description,
  series,
  rows,
  axisLabel,
  reference,
}: BarChartProps) {
  const layout = layoutChart(rows, series.length, reference);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      fontSize={16}
      fill={INK}
      style={{ display: 'block', marginBottom: '30px' }}
      fontFamily={FONT}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <Legend series={series} intervals={rows.some(hasInterval)} />
      <Grid layout={layout} axisLabel={axisLabel} />
      {reference && <Reference layout={layout} reference={reference} />}
      {layout.rows.map((row) => (
        <g key={row.label}>
          <text x={layout.plotLeft - 10} y={row.middle} textAnchor="end" dominantBaseline="middle">
            {row.label}
          </text>
          {row.cells.map((placed) => (
            <Cell key={placed.series} placed={placed} layout={layout} series={series} />
          ))}
        </g>
      ))}
    </svg>
  );
}

const hasInterval = (row: ChartRow) =>
  row.cells.some((cell) => cell.kind === 'bar' && cell.low != null && cell.high != null);

function Legend({ series, intervals }: { series: ChartSeries[]; intervals: boolean }) {
  let x = 0;
  const items = series.map((item) => {
    const at = x;
    x += 40 + item.name.length * 8.5;
    return (
      <g key={item.name} transform={`translate(${at} 8)`}>
        <rect width={24} height={16} {...BAR_STYLES[item.variant]} />
        <text x={32} y={8} dominantBaseline="middle">
          {item.name}
        </text>
      </g>
    );
  });
  return (
    <g>
      {items}
      {intervals && (
        <g transform={`translate(${x} 8)`}>
          <IntervalMark x1={0} x2={24} y={8} />
          <text x={32} y={8} dominantBaseline="middle">
            95% interval
          </text>
        </g>
      )}
    </g>
  );
}

function Grid({ layout, axisLabel }: { layout: ChartLayout; axisLabel: string }) {
  const { x, plotTop, plotBottom, plotLeft, plotRight } = layout;
  return (
    <g>
      {layout.ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={plotTop - 4} y2={plotBottom} stroke={GRID} />
          <text x={x(tick)} y={plotBottom + 20} textAnchor="middle">
            {formatPercent(tick, 0)}
          </text>
        </g>
      ))}
      <line
        x1={plotLeft}
        x2={plotLeft}
        y1={plotTop - 4}
        y2={plotBottom}
        stroke={INK}
        strokeWidth={2}
      />
      <text x={(plotLeft + plotRight) / 2} y={plotBottom + 46} textAnchor="middle">
        {axisLabel}
      </text>
    </g>
  );
}

function Reference({ layout, reference }: { layout: ChartLayout; reference: ChartReference }) {
  const at = layout.x(reference.value);
  return (
    <g>
      <line
        x1={at}
        x2={at}
        y1={layout.plotTop - 10}
        y2={layout.plotBottom}
        stroke={REFERENCE}
        strokeWidth={2}
        strokeDasharray="6 4"
      />
      <text x={at} y={layout.plotTop - 16} textAnchor="middle">
        {reference.label}
      </text>
    </g>
  );
}

function IntervalMark({ x1, x2, y }: { x1: number; x2: number; y: number }) {
  return (
    <g stroke={INK} strokeWidth={2}>
      <line x1={x1} x2={x2} y1={y} y2={y} />
      <line x1={x1} x2={x1} y1={y - 6} y2={y + 6} />
      <line x1={x2} x2={x2} y1={y - 6} y2={y + 6} />
    </g>
  );
}

function Cell({
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
      {/* A white halo keeps the label legible where a reference line crosses it. */}
      <text
        x={labelAt}
        y={middle}
        dominantBaseline="middle"
        stroke="#ffffff"
        strokeWidth={4}
        paintOrder="stroke"
      >
        {formatPercent(cell.value)}
      </text>
    </g>
  );
}
