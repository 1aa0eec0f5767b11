import {
  DEPARTMENTS,
  GRADES,
  PROFESSIONS,
  REGIONS,
  answerLabel,
  isQuestionKey,
} from '@pathways/domain-seb';

/** The breakdowns of the workforce dashboard, each a column of the workforce query. */
export const WORKFORCE_DIMENSIONS = [
  'grade',
  'department',
  'profession',
  'region',
  'gender',
  'ethnicity',
  'disability',
  'sexual_orientation',
] as const;
export type WorkforceDimension = (typeof WORKFORCE_DIMENSIONS)[number];

/** The category an empty value falls in: no profession or region given, a question unanswered. */
export const NOT_STATED = 'not_stated';

const REFERENCE_LABELS: Partial<Record<WorkforceDimension, ReadonlyMap<string, string>>> = {
  grade: new Map(GRADES.map((grade) => [grade.code, grade.label])),
  department: new Map(DEPARTMENTS.map((item) => [item.code, item.name])),
  profession: new Map(PROFESSIONS.map((item) => [item.code, item.name])),
  region: new Map(REGIONS.map((item) => [item.code, item.name])),
};

const GROUP_LABELS: Readonly<Record<string, string>> = {
  heterosexual: 'Heterosexual or straight',
  lgbo: 'Lesbian, gay, bisexual or other (LGBO)',
  not_declared: 'Not declared',
};

export function categoryLabel(dimension: WorkforceDimension, code: string): string {
  if (code === NOT_STATED) return 'Not stated';
  if (dimension === 'sexual_orientation') return GROUP_LABELS[code] ?? code;
  const reference = REFERENCE_LABELS[dimension];
  if (reference) return reference.get(code) ?? code;
  return (isQuestionKey(dimension) && answerLabel(dimension, code)) || code;
}

const GRADE_ORDER = new Map(GRADES.map((grade, index) => [grade.code as string, index]));

/** Grades in seniority order, everything else by label, "not stated" last. */
export function compareCategories(
  dimension: WorkforceDimension,
  a: { key: string; label: string },
  b: { key: string; label: string },
): number {
  if ((a.key === NOT_STATED) !== (b.key === NOT_STATED)) return a.key === NOT_STATED ? 1 : -1;
  if (dimension === 'grade')
    return (
      (GRADE_ORDER.get(a.key) ?? 99) - (GRADE_ORDER.get(b.key) ?? 99) || a.key.localeCompare(b.key)
    );
  return a.label.localeCompare(b.label);
}
