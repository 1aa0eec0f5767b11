import { BENCHMARKS } from '../benchmarks';

const byKey = (key: string) => BENCHMARKS.find((benchmark) => benchmark.key === key);

describe('BENCHMARKS', () => {
  it('holds the UK workforce shares by parental occupation, flagged to verify', () => {
    const shares = ['professional', 'intermediate', 'lower'].map((group) =>
      byKey(`uk_workforce_${group}`),
    );
    expect(shares.map((benchmark) => benchmark?.value)).toEqual([0.37, 0.24, 0.39]);
    expect(shares.every((benchmark) => benchmark?.verify === true)).toBe(true);
  });

  it('holds the other figures of seb.md as fractions', () => {
    expect(
      ['independent_school', 'fsm_pupils_england', 'scs_lower', 'scs_professional'].map(
        (key) => byKey(key)?.value,
      ),
    ).toEqual([0.07, 0.154, 0.18, 0.72]);
    expect(byKey('scs_independent_school')?.value).toBe(0.25);
    expect([byKey('hmt_lower')?.department, byKey('dwp_lower')?.department]).toEqual([
      'HMT',
      'DWP',
    ]);
    expect([byKey('hmt_lower')?.value, byKey('dwp_lower')?.value]).toEqual([0.12, 0.45]);
  });

  it('flags only the figures seb.md marks "verify"', () => {
    expect(BENCHMARKS.filter((benchmark) => benchmark.verify)).toHaveLength(3);
  });

  it('gives every benchmark a unique key, a source and a share between 0 and 1', () => {
    expect(new Set(BENCHMARKS.map((benchmark) => benchmark.key)).size).toBe(BENCHMARKS.length);
    for (const benchmark of BENCHMARKS) {
      expect(benchmark.source.trim()).not.toBe('');
      expect(benchmark.value).toBeGreaterThan(0);
      expect(benchmark.value).toBeLessThan(1);
    }
  });

  it('notes that the free school meals figure is a pupil rate', () => {
    expect(byKey('fsm_pupils_england')?.note).toMatch(/pupil rate/);
  });
});
