import { sebComposition, sebCountColumn, sebShareTable } from '../disclosure/seb-tables';

const counts = (professional: number, intermediate: number, lower: number, unknown: number) => ({
  professional,
  intermediate,
  lower,
  unknown,
});
const shown = (value: number) => ({ value, suppressed: false });
const hidden = { value: null, suppressed: true };

describe('sebCountColumn', () => {
  it('shows counts of 10 or more and 0, with the total as "all"', () => {
    expect(sebCountColumn(counts(40, 0, 180, 12))).toEqual([
      { sebGroup: 'professional', count: shown(40) },
      { sebGroup: 'intermediate', count: shown(0) },
      { sebGroup: 'lower', count: shown(180) },
      { sebGroup: 'unknown', count: shown(12) },
      { sebGroup: 'all', count: shown(232) },
    ]);
  });

  it('withholds a second count when one alone would be recoverable from the total', () => {
    expect(sebCountColumn(counts(40, 20, 180, 6)).map((row) => row.count)).toEqual([
      shown(40),
      hidden,
      shown(180),
      hidden,
      shown(246),
    ]);
  });

  it('shows nothing but zeros for an empty programme', () => {
    expect(sebCountColumn(counts(0, 0, 0, 0)).every((row) => row.count.value === 0)).toBe(true);
  });
});

describe('sebShareTable', () => {
  it('gives yes of answered per group and in all', () => {
    const rows = sebShareTable(counts(31, 15, 131, 0), counts(36, 18, 157, 0));
    expect(rows.map((row) => [row.sebGroup, row.share])).toEqual([
      ['professional', null],
      ['intermediate', null],
      ['lower', 131 / 157],
      ['unknown', null],
      ['all', 177 / 211],
    ]);
    // 5 no in professional and 3 in intermediate are under 10: both rows are withheld.
    expect(rows[0]).toMatchObject({ count: hidden, total: shown(36) });
  });

  it('has no share when nobody answered', () => {
    expect(
      sebShareTable(counts(0, 0, 0, 0), counts(0, 0, 0, 0)).every((r) => r.share === null),
    ).toBe(true);
  });
});

describe('sebComposition', () => {
  it('gives shares of classifiable people and the declaration rate for fully shown rows', () => {
    const { rows, total } = sebComposition([
      { key: 'EO', label: 'Executive Officer', counts: counts(100, 50, 250, 100) },
      { key: 'SCS1', label: 'Deputy Director', counts: counts(60, 20, 20, 0) },
    ]);
    expect(rows[0]).toMatchObject({
      key: 'EO',
      total: shown(500),
      professionalShare: 0.25,
      intermediateShare: 0.125,
      lowerShare: 0.625,
      declarationRate: 0.8,
    });
    expect(total).toMatchObject({ key: 'all', total: shown(600), declarationRate: 500 / 600 });
  });

  it('gives no shares for a row with a withheld cell', () => {
    const { rows } = sebComposition([
      { key: 'EO', label: 'EO', counts: counts(100, 50, 250, 100) },
      { key: 'SCS2', label: 'SCS2', counts: counts(12, 3, 11, 0) },
    ]);
    expect(rows[1]).toMatchObject({
      intermediate: hidden,
      professionalShare: null,
      lowerShare: null,
      declarationRate: null,
    });
  });

  it('has an all-zero total and no rows when there are no categories', () => {
    expect(sebComposition([])).toMatchObject({ rows: [], total: { total: shown(0) } });
  });
});
