import { countOf, groupsOf, shareOf } from '../dashboard-rows';

const shown = (value: number) => ({ value, suppressed: false });
const withheld = { value: null, suppressed: true };

describe('programme dashboard rows', () => {
  const participants = [
    { sebGroup: 'all', count: shown(331) },
    { sebGroup: 'lower', count: shown(289) },
    { sebGroup: 'professional', count: withheld },
  ];

  it('lists the groups in report order', () => {
    expect(groupsOf(participants, [{ sebGroup: 'unknown' }])).toEqual([
      'professional',
      'lower',
      'unknown',
      'all',
    ]);
  });

  it('shows counts, [c] for withheld ones and "–" for a group not sent', () => {
    expect(countOf(participants, 'lower')).toBe('289');
    expect(countOf(participants, 'professional')).toBe('[c]');
    expect(countOf(participants, 'unknown')).toBe('–');
  });

  it('shows yes of answered, withheld when the yes count is', () => {
    const met = [
      { sebGroup: 'lower', share: 0.7864077669902912, count: shown(162), total: shown(206) },
      { sebGroup: 'unknown', share: null, count: withheld, total: shown(15) },
    ];
    expect(shareOf(met, 'lower')).toBe('162 of 206 (78.6%)');
    expect(shareOf(met, 'unknown')).toBe('[c]');
  });
});
