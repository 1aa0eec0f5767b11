import { shareRowCells } from '../share-rows';

const shown = (value: number) => ({ value, suppressed: false });
const withheld = { value: null, suppressed: true };

describe(shareRowCells.name, () => {
  it('gives the rate in each group and its part of all classifiable events', () => {
    const cells = shareRowCells([
      { sebGroup: 'all', share: 135 / 2846, count: shown(135), total: shown(2846) },
      { sebGroup: 'professional', share: 0.057, count: shown(57), total: shown(1000) },
      { sebGroup: 'intermediate', share: 21 / 482, count: shown(21), total: shown(482) },
      { sebGroup: 'lower', share: 34 / 851, count: shown(34), total: shown(851) },
      { sebGroup: 'unknown', share: 23 / 513, count: shown(23), total: shown(513) },
    ]);
    expect(cells.map((c) => c.group)).toEqual([
      'Higher (professional)',
      'Intermediate',
      'Lower',
      'Not classifiable or not declared',
      'Everyone',
    ]);
    expect(cells[0]).toEqual({
      group: 'Higher (professional)',
      total: '1,000',
      count: '57',
      rate: '5.7%',
      shareOfAll: '50.9%',
    });
    expect(cells[2].shareOfAll).toBe('30.4%');
    expect(cells[3].shareOfAll).toBe('–');
    expect(cells[4].rate).toBe('4.7%');
  });

  it('withholds every part of the whole when one classifiable count is withheld', () => {
    const cells = shareRowCells([
      { sebGroup: 'professional', share: 0.05, count: shown(50), total: shown(1000) },
      { sebGroup: 'intermediate', share: null, count: withheld, total: shown(40) },
      { sebGroup: 'lower', share: 0.04, count: shown(34), total: shown(851) },
    ]);
    expect(cells.map((c) => c.shareOfAll)).toEqual(['[c]', '[c]', '[c]']);
    expect(cells[1].rate).toBe('[c]');
    expect(cells[0].rate).toBe('5.0%');
  });
});
