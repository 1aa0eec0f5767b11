import { rate } from '../rate';

describe(rate.name, () => {
  it('divides numerator by denominator without rounding', () => {
    expect(rate(4, 30)).toBe(0.13333333333333333);
    expect(rate(0, 5)).toBe(0);
    expect(rate(5, 5)).toBe(1);
  });

  it('is null when the denominator is 0', () => {
    expect(rate(0, 0)).toBeNull();
  });

  it.each([
    [-1, 5],
    [1, -5],
    [6, 5],
    [Number.NaN, 5],
    [1, Number.POSITIVE_INFINITY],
  ])('rejects %p / %p', (numerator, denominator) => {
    expect(() => rate(numerator, denominator)).toThrow(RangeError);
  });
});
