import { formatPercent } from '../format/figures';
import type { ChartLayout, ChartReference, ChartSeries } from './chart-layout';
import { BAR_STYLES, GRID, INK, REFERENCE } from './chart-palette';

export function Legend({ series, intervals }: { series: ChartSeries[]; intervals: boolean }) {
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

export function Grid({ layout, axisLabel }: { layout: ChartLayout; axisLabel: string }) {
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

export function Reference({
  layout,
  reference,
}: {
  layout: ChartLayout;
  reference: ChartReference;
}) {
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

export function IntervalMark({ x1, x2, y }: { x1: number; x2: number; y: number }) {
  return (
    <g stroke={INK} strokeWidth={2}>
      <line x1={x1} x2={x2} y1={y} y2={y} />
      <line x1={x1} x2={x1} y1={y - 6} y2={y + 6} />
      <line x1={x2} x2={x2} y1={y - 6} y2={y + 6} />
    </g>
  );
}
