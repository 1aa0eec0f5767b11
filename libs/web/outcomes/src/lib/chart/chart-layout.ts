import { linearScale, niceShareMax, shareTicks, type Scale } from './scale';

/** One bar of a row: a share 0..1, optionally with its interval. */
export interface ChartBar {
  kind: 'bar';
  value: number;
  low?: number | null;
  high?: number | null;
}

/** Text in place of a bar: a withheld figure, or nothing to show yet. */
export interface ChartNote {
  kind: 'note';
  text: string;
}

export type ChartCell = ChartBar | ChartNote;

export interface ChartSeries {
  name: string;
  /** Solid fill, or an outline on a pale fill: told apart by shape, not colour alone. */
  variant: 'solid' | 'outline';
}

export interface ChartRow {
  label: string;
  /** One cell per series, in the series' order. */
  cells: ChartCell[];
}

export interface ChartReference {
  value: number;
  label: string;
}

export const CHART_SIZE = {
  width: 720,
  legendHeight: 40,
  labelWidth: 150,
  valueRoom: 70,
  barHeight: 20,
  barGap: 4,
  groupGap: 22,
  axisHeight: 56,
} as const;

export interface PlacedCell {
  cell: ChartCell;
  series: number;
  y: number;
}

export interface PlacedRow {
  label: string;
  /** The middle of the row's bars, where its label sits. */
  middle: number;
  cells: PlacedCell[];
}

export interface ChartLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  max: number;
  ticks: number[];
  x: Scale;
  rows: PlacedRow[];
}

function extentOf(rows: readonly ChartRow[], reference?: ChartReference): number[] {
  const values = rows.flatMap((row) =>
    row.cells.flatMap((cell) => (cell.kind === 'bar' ? [cell.value, cell.high ?? 0] : [])),
  );
  return reference ? [...values, reference.value] : values;
}

/** Where everything goes: pure, so the geometry is tested without a browser. */
export function layoutChart(
  rows: readonly ChartRow[],
  seriesCount: number,
  reference?: ChartReference,
): ChartLayout {
  const s = CHART_SIZE;
  const max = niceShareMax(extentOf(rows, reference));
  const plotLeft = s.labelWidth;
  const plotRight = s.width - s.valueRoom;
  const rowHeight = seriesCount * s.barHeight + (seriesCount - 1) * s.barGap;
  const plotTop = s.legendHeight + (reference ? 24 : 8);
  let y = plotTop;
  const placed = rows.map((row) => {
    const top = y;
    y += rowHeight + s.groupGap;
    return {
      label: row.label,
      middle: top + rowHeight / 2,
      cells: row.cells.map((cell, series) => ({
        cell,
        series,
        y: top + series * (s.barHeight + s.barGap),
      })),
    };
  });
  const plotBottom = y - s.groupGap / 2;
  return {
    width: s.width,
    height: plotBottom + s.axisHeight,
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    max,
    ticks: shareTicks(max),
    x: linearScale([0, max], [plotLeft, plotRight]),
    rows: placed,
  };
}
