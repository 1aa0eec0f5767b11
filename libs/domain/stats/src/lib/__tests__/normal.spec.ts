import { erfc, normalCdf, twoSidedNormalPValue } from '../normal';

// Reference values computed with mpmath at 30 significant digits.
const ERFC: readonly (readonly [number, number])[] = [
  [0, 1],
  [1e-20, 0.99999999999999999999],
  [0.1, 0.8875370839817151078],
  [-0.3, 1.3286267594591274276],
  [0.46875, 0.50738652678206200841],
  [0.5, 0.47950012218695346232],
  [-1, 1.8427007929497148693],
  [1, 0.15729920705028513066],
  [2, 0.0046777349810472658379],
  [-3, 1.9999779095030014146],
  [3, 2.2090496998585441373e-5],
  [3.99, 1.6739211364520843377e-8],
  [4, 1.5417257900280018852e-8],
  [4.01, 1.4196939421371026189e-8],
  [5, 1.5374597944280348502e-12],
  [6, 2.1519736712498913117e-17],
  [10, 2.088487583762544757e-45],
  [26, 5.6631924088561428465e-296],
];

const relativeError = (actual: number, expected: number) =>
  Math.abs(actual - expected) / Math.abs(expected);

describe(erfc.name, () => {
  it.each(ERFC)('erfc(%p) ≈ %p to a relative 1e-14', (x, expected) => {
    expect(relativeError(erfc(x), expected)).toBeLessThan(1e-14);
  });

  it('underflows to 0 far in the tail and reaches 2 on the left', () => {
    expect(erfc(30)).toBe(0);
    expect(erfc(-30)).toBe(2);
  });

  it('returns NaN for NaN', () => {
    expect(erfc(Number.NaN)).toBeNaN();
  });
});

describe(normalCdf.name, () => {
  it.each([
    [0, 0.5],
    [1.959964, 0.9750000009035575957],
    [-1.959964, 0.024999999096442404302],
    [-5, 2.8665157187919391167e-7],
    [-10, 7.619853024160526066e-24],
  ])('Φ(%p) ≈ %p to a relative 1e-14', (z, expected) => {
    expect(relativeError(normalCdf(z), expected)).toBeLessThan(1e-14);
  });
});

describe(twoSidedNormalPValue.name, () => {
  it('is 1 at z = 0 and 0.05 at the 97.5% quantile', () => {
    expect(twoSidedNormalPValue(0)).toBe(1);
    expect(twoSidedNormalPValue(1.959963984540054)).toBeCloseTo(0.05, 15);
  });

  it('is symmetric in the sign of z', () => {
    expect(twoSidedNormalPValue(-2.5)).toBe(twoSidedNormalPValue(2.5));
  });
});
