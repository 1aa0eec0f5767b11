/** Civil Service grades from most junior to most senior; position = seniority rank. */
export const MATCHING_GRADE_ORDER = [
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
] as const;

export type Grade = (typeof MATCHING_GRADE_ORDER)[number];

/** Seniority rank of a grade, or -1 when it is not a known grade. */
export function gradeRank(grade: string, order: readonly string[] = MATCHING_GRADE_ORDER): number {
  return order.indexOf(grade);
}

/** "2 grades above (G7 → SCS1)", "at the same grade (G7)", "1 grade below (G6 → G7)". */
export function describeGradeGap(menteeGrade: string, mentorGrade: string, gap: number): string {
  if (gap === 0) return `at the same grade (${mentorGrade})`;
  const size = Math.abs(gap) === 1 ? '1 grade' : `${Math.abs(gap)} grades`;
  return `${size} ${gap > 0 ? 'above' : 'below'} (${menteeGrade} → ${mentorGrade})`;
}
