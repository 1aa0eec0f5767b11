import { CHART_SIZE, layoutChart, type ChartRow } from '../chart-layout';

const rows: ChartRow[] = [
  {
    label: 'Lower',
    cells: [
      { kind: 'bar', value: 0.34, low: 0.28, high: 0.4 },
      { kind: 'bar', value: 0.13 },
    ],
  },
  {
    label: 'Higher',
    cells: [
      { kind: 'note', text: '[c] withheld' },
      { kind: 'note', text: '[c] withheld' },
    ],
  },
];

describe(layoutChart.name, () => {
  it('fits the axis to the largest interval end', () => {
    const layout = layoutChart(rows, 2);
    expect(layout.max).toBe(0.4);
    expect(layout.ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(layout.x(0)).toBe(CHART_SIZE.labelWidth);
    expect(layout.x(0.4)).toBe(CHART_SIZE.width - CHART_SIZE.valueRoom);
  });

  it('stacks each row’s bars and leaves a gap between rows', () => {
    const layout = layoutChart(rows, 2);
    const [first, second] = layout.rows;
    const step = CHART_SIZE.barHeight + CHART_SIZE.barGap;
    expect(first.cells.map((cell) => cell.y)).toEqual([layout.plotTop, layout.plotTop + step]);
    const rowHeight = 2 * CHART_SIZE.barHeight + CHART_SIZE.barGap;
    expect(second.cells[0].y).toBe(layout.plotTop + rowHeight + CHART_SIZE.groupGap);
    expect(first.middle).toBe(layout.plotTop + rowHeight / 2);
    expect(layout.height).toBeGreaterThan(second.cells[1].y + CHART_SIZE.barHeight);
  });

  it('makes room above the plot for a reference line and counts it in the axis', () => {
    const layout = layoutChart([{ label: 'AA', cells: [{ kind: 'bar', value: 0.2 }] }], 1, {
      value: 0.39,
      label: 'UK workforce 39%',
    });
    expect(layout.max).toBe(0.4);
    expect(layout.plotTop).toBeGreaterThan(layoutChart(rows, 2).plotTop);
  });
});
