import { GRADES, GRADE_CODES, gradeRank, isGradeCode, type GradeCode } from '../grades';

describe('GRADES', () => {
  it('lists the grades of seb.md lowest first', () => {
    expect(GRADE_CODES).toEqual([
      'AA',
      'AO',
      'EO',
      'HEO',
      'SEO',
      'G7',
      'G6',
      'SCS1',
      'SCS2',
      'SCS3',
      'PS',
    ]);
  });

  it('labels the senior grades as seb.md does', () => {
    const labels = Object.fromEntries(GRADES.map((grade) => [grade.code, grade.label]));
    expect(labels).toMatchObject({
      SCS1: 'Deputy Director',
      SCS2: 'Director',
      SCS3: 'Director General',
      PS: 'Permanent Secretary',
    });
  });
});

describe(gradeRank.name, () => {
  it('ranks grades by seniority', () => {
    expect(gradeRank('AA')).toBe(0);
    expect(gradeRank('G7')).toBe(5);
    expect(gradeRank('PS')).toBe(10);
    expect(gradeRank('SCS1')).toBeGreaterThan(gradeRank('G6'));
  });

  it('throws for a code that is not a grade', () => {
    expect(() => gradeRank('G8' as GradeCode)).toThrow(RangeError);
  });
});

describe(isGradeCode.name, () => {
  it('accepts grade codes only', () => {
    expect(isGradeCode('HEO')).toBe(true);
    expect(isGradeCode('heo')).toBe(false);
    expect(isGradeCode('')).toBe(false);
  });
});
