/** Civil Service grades, lowest first. */
export const GRADES = [
  { code: 'AA', label: 'Administrative Assistant' },
  { code: 'AO', label: 'Administrative Officer' },
  { code: 'EO', label: 'Executive Officer' },
  { code: 'HEO', label: 'Higher Executive Officer' },
  { code: 'SEO', label: 'Senior Executive Officer' },
  { code: 'G7', label: 'Grade 7' },
  { code: 'G6', label: 'Grade 6' },
  { code: 'SCS1', label: 'Deputy Director' },
  { code: 'SCS2', label: 'Director' },
  { code: 'SCS3', label: 'Director General' },
  { code: 'PS', label: 'Permanent Secretary' },
] as const;

export type GradeCode = (typeof GRADES)[number]['code'];

export const GRADE_CODES: readonly GradeCode[] = GRADES.map((grade) => grade.code);

export function isGradeCode(value: string): value is GradeCode {
  return (GRADE_CODES as readonly string[]).includes(value);
}

/** Position in GRADES (AA = 0 … PS = 10), so grades compare by seniority. */
export function gradeRank(code: GradeCode): number {
  const rank = GRADE_CODES.indexOf(code);
  if (rank < 0) throw new RangeError(`Unknown grade: ${String(code)}`);
  return rank;
}
