import { shareOfClassifiable } from '../classifiable-shares';

describe(shareOfClassifiable.name, () => {
  it('shares the three classifiable groups, leaving unknown out', () => {
    expect(
      shareOfClassifiable({ professional: 30, intermediate: 20, lower: 50, unknown: 25 }),
    ).toEqual({
      professional: 0.3,
      intermediate: 0.2,
      lower: 0.5,
      classifiable: 100,
      total: 125,
      declarationRate: 0.8,
    });
  });

  it('has null shares but a declaration rate of 0 when nobody is classifiable', () => {
    expect(shareOfClassifiable({ professional: 0, intermediate: 0, lower: 0, unknown: 7 })).toEqual(
      {
        professional: null,
        intermediate: null,
        lower: null,
        classifiable: 0,
        total: 7,
        declarationRate: 0,
      },
    );
  });

  it('is all null for nobody at all', () => {
    const shares = shareOfClassifiable({ professional: 0, intermediate: 0, lower: 0, unknown: 0 });
    expect([shares.lower, shares.declarationRate, shares.total]).toEqual([null, null, 0]);
  });

  it('rejects a negative count', () => {
    expect(() =>
      shareOfClassifiable({ professional: 1, intermediate: -1, lower: 0, unknown: 0 }),
    ).toThrow(RangeError);
  });
});
