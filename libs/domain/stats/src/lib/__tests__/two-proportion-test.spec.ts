import { twoProportionZTest } from '../two-proportion-test';

describe(twoProportionZTest.name, () => {
  it.each([
    // contracts.md example (outcomes-CATAPULT-2025-06-30.json)
    [4, 30, 63, 643, 0.5272584913413669],
    [22, 120, 48, 432, 0.035439925119912966],
    [29, 164, 177, 1626, 0.009328598457358046],
    // hand-computed: pooled 0.25, z = 0.1 / sqrt(0.25 * 0.75 * 0.02) = 1.6329931618554521
    [30, 100, 20, 100, 0.102470434859749427686369455643586],
    // pooled 0.5, z = sqrt(2), p = erfc(1)
    [1, 1, 0, 1, 0.157299207050285130658779364917444],
    [3, 10, 9, 10, 0.00616989932054416221359886848236739],
  ])('%p/%p vs %p/%p → p = %p', (x1, n1, x2, n2, expected) => {
    expect(twoProportionZTest(x1, n1, x2, n2)).toBeCloseTo(expected, 12);
  });

  it('is 1 when the proportions are equal', () => {
    expect(twoProportionZTest(5, 10, 10, 20)).toBe(1);
  });

  it('does not depend on which group comes first', () => {
    expect(twoProportionZTest(63, 643, 4, 30)).toBe(twoProportionZTest(4, 30, 63, 643));
  });

  it.each([
    ['the first n is 0', 0, 0, 3, 10],
    ['the second n is 0', 3, 10, 0, 0],
    ['the pooled proportion is 0', 0, 10, 0, 20],
    ['the pooled proportion is 1', 10, 10, 20, 20],
  ])('is null when %s', (_case, x1, n1, x2, n2) => {
    expect(twoProportionZTest(x1, n1, x2, n2)).toBeNull();
  });

  it('still tests when one group has p = 0 and the other does not', () => {
    expect(twoProportionZTest(0, 20, 5, 50)).toBeGreaterThan(0);
  });

  it('rejects successes above n', () => {
    expect(() => twoProportionZTest(4, 3, 1, 10)).toThrow(RangeError);
  });
});
