import { comparableShare, comparableText, type BenchmarkLike } from '../benchmark-comparison';
import { ALL, GRADE_AA, GRADE_SCS1 } from './fixtures';

const figures = {
  overall: ALL,
  byGrade: { rows: [GRADE_AA, GRADE_SCS1] },
  byDepartment: { rows: [{ ...ALL, key: 'MOJ', label: 'Justice' }] },
};

const benchmark = (change: Partial<BenchmarkLike>): BenchmarkLike => ({
  key: 'uk_workforce_lower',
  measure: 'UK workforce by parental occupation: lower',
  sebGroup: 'lower',
  department: null,
  value: 0.39,
  source: 'SMC toolkit',
  note: null,
  verify: true,
  ...change,
});

describe(comparableShare.name, () => {
  it('compares a UK workforce share with everyone here', () => {
    expect(comparableText(comparableShare(benchmark({}), figures))).toBe('36.1%');
  });

  it('pools the SCS grades for an SCS benchmark, withheld when a count is', () => {
    const share = comparableShare(benchmark({ key: 'scs_lower' }), figures);
    expect(share).toEqual({ kind: 'withheld' });
    expect(comparableText(share)).toBe('[c]');
  });

  it('uses the department’s own row, and says when there is none', () => {
    expect(comparableText(comparableShare(benchmark({ department: 'MOJ' }), figures))).toBe(
      '36.1%',
    );
    expect(comparableText(comparableShare(benchmark({ department: 'HMT' }), figures))).toBe('–');
  });

  it('has nothing to compare for measures without an SEB group', () => {
    const school = benchmark({ key: 'independent_school', sebGroup: null });
    expect(comparableShare(school, figures)).toBeNull();
    expect(comparableText(null)).toBe('Not measured here');
  });
});
