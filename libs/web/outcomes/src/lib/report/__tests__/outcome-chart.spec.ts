import { outcomeChartDescription, outcomeChartRows } from '../outcome-chart';
import { LOWER, WITHHELD } from './fixtures';

describe(outcomeChartRows.name, () => {
  it('puts the groups in report order, participants with their interval beside the comparison', () => {
    const rows = outcomeChartRows([{ ...LOWER, sebGroup: 'all' }, LOWER, WITHHELD]);
    expect(rows.map((row) => row.label)).toEqual(['Higher', 'Lower', 'All']);
    expect(rows[1].cells).toEqual([
      { kind: 'bar', value: LOWER.rate, low: LOWER.ciLow, high: LOWER.ciHigh },
      { kind: 'bar', value: LOWER.comparisonRate },
    ]);
    expect(rows[0].cells).toEqual([
      { kind: 'note', text: '[c] withheld' },
      { kind: 'note', text: '[c] withheld' },
    ]);
  });

  it('notes a group nobody in which is 12 months in yet', () => {
    const [row] = outcomeChartRows([{ ...LOWER, rate: null, ciLow: null, ciHigh: null }]);
    expect(row.cells[0]).toEqual({ kind: 'note', text: 'no one 12 months in yet' });
  });
});

describe(outcomeChartDescription.name, () => {
  it('says in words what each bar shows', () => {
    expect(outcomeChartDescription([LOWER, WITHHELD])).toBe(
      'Share who progressed within 12 months of starting, by socio-economic background. ' +
        'Higher (professional): withheld to protect a small group. ' +
        'Lower: participants 33.6% (95% interval 27.8% to 40.0%); comparison group 12.6%.',
    );
  });
});
