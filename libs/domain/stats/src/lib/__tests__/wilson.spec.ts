import { Z_95, wilsonInterval } from '../wilson';

describe(wilsonInterval.name, () => {
  it.each([
    // contracts.md example (outcomes-CATAPULT-2025-06-30.json)
    [4, 30, 0.05309655447112463, 0.2968132683539402],
    [22, 120, 0.12430300317332818, 0.2620091358588257],
    [29, 164, 0.12603459448893795, 0.2424170341699423],
    // mpmath, 30 digits
    [81, 100, 0.722211545442307661895761438010262, 0.874852485320914652880435433926878],
  ])('gives the 95%% interval of %p / %p', (x, n, low, high) => {
    const interval = wilsonInterval(x, n);
    expect(interval?.low).toBeCloseTo(low, 14);
    expect(interval?.high).toBeCloseTo(high, 14);
  });

  it('uses z = 1.959964 by default', () => {
    expect(Z_95).toBe(1.959964);
    expect(wilsonInterval(7, 40)).toEqual(wilsonInterval(7, 40, 1.959964));
  });

  it('takes another z', () => {
    const interval = wilsonInterval(5, 10, 1);
    expect(interval?.low).toBeCloseTo(0.349244327711118155706607369865547, 15);
    expect(interval?.high).toBeCloseTo(0.650755672288881768596368223873798, 15);
  });

  it('is null when n is 0', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('runs from exactly 0 to z²/(n + z²) when p = 0', () => {
    const z2 = Z_95 * Z_95;
    expect(wilsonInterval(0, 10)).toEqual({ low: 0, high: expect.closeTo(z2 / (10 + z2), 15) });
  });

  it('runs from n/(n + z²) to exactly 1 when p = 1', () => {
    const z2 = Z_95 * Z_95;
    expect(wilsonInterval(10, 10)).toEqual({ low: expect.closeTo(10 / (10 + z2), 15), high: 1 });
  });

  it('mirrors: the interval of n - x is one minus that of x', () => {
    const a = wilsonInterval(3, 17);
    const b = wilsonInterval(14, 17);
    expect(a?.low).toBeCloseTo(1 - (b?.high ?? Number.NaN), 15);
    expect(a?.high).toBeCloseTo(1 - (b?.low ?? Number.NaN), 15);
  });

  it('rejects successes above n, negative counts and a non-positive z', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 10, 0)).toThrow(RangeError);
  });
});
