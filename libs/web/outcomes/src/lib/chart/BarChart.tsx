import { ChartCellMark } from './ChartCellMark';
import { layoutChart, type ChartReference, type ChartRow, type ChartSeries } from './chart-layout';
import { FONT, INK } from './chart-palette';
import { Grid, Legend, Reference } from './ChartParts';

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
            <ChartCellMark key={placed.series} placed={placed} layout={layout} series={series} />
          ))}
        </g>
      ))}
    </svg>
  );
}

const hasInterval = (row: ChartRow) =>
  row.cells.some((cell) => cell.kind === 'bar' && cell.low != null && cell.high != null);
