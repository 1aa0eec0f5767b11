import { emptyFunnelCounts, funnelTable } from '../funnel/funnel-table';

describe(funnelTable.name, () => {
  it('shows every count of 10 or more, and zeros', () => {
    const counts = emptyFunnelCounts();
    counts.alerted = { professional: 40, intermediate: 10, lower: 25, unknown: 0 };
    const [alerted] = funnelTable(counts);
    expect(alerted).toEqual({
      stage: 'alerted',
      counts: [
        { sebGroup: 'professional', value: 40, suppressed: false },
        { sebGroup: 'intermediate', value: 10, suppressed: false },
        { sebGroup: 'lower', value: 25, suppressed: false },
        { sebGroup: 'unknown', value: 0, suppressed: false },
        { sebGroup: 'all', value: 75, suppressed: false },
      ],
    });
  });

  it('withholds a count of 1 to 9 and the next smallest, so the total cannot give it away', () => {
    const counts = emptyFunnelCounts();
    counts.applied = { professional: 20, intermediate: 4, lower: 12, unknown: 30 };
    const applied = funnelTable(counts).find((stage) => stage.stage === 'applied');
    expect(applied?.counts.map((count) => count.value)).toEqual([20, null, null, 30, 66]);
  });

  it('withholds the total when it is itself under 10', () => {
    const counts = emptyFunnelCounts();
    counts.appointed = { professional: 0, intermediate: 0, lower: 2, unknown: 0 };
    const appointed = funnelTable(counts).find((stage) => stage.stage === 'appointed');
    expect(appointed?.counts.map((count) => count.suppressed)).toEqual([
      false,
      false,
      true,
      false,
      true,
    ]);
  });

  it('reports the four stages in funnel order', () => {
    expect(funnelTable(emptyFunnelCounts()).map((stage) => stage.stage)).toEqual([
      'alerted',
      'viewed',
      'applied',
      'appointed',
    ]);
  });
});
