import { describeGradeGap, gradeRank, MATCHING_GRADE_ORDER } from './grades';
import { MatchingInputError } from './matching-input-error';
import type { PersonView } from './person-views';
import type { MatchingRules, MenteeProfile, MentorProfile } from './scoring-types';

export type HardRule =
  | 'self'
  | 'paused'
  | 'no_capacity'
  | 'unknown_grade'
  | 'participating_department'
  | 'department'
  | 'mentor_minimum_grade'
  | 'minimum_grade_gap'
  | 'maximum_grade_gap'
  | 'profession';

/** Rules checked once per run, so the per-pair check does no parsing. */
export interface PreparedRules {
  readonly rules: MatchingRules;
  readonly minimumRank: number;
  readonly participating: ReadonlySet<string> | null;
}

export function prepareRules(rules: MatchingRules): PreparedRules {
  const minimumRank = gradeRank(rules.mentorMinimumGrade);
  if (minimumRank < 0) {
    throw new MatchingInputError(
      `rules.mentorMinimumGrade: unknown grade "${rules.mentorMinimumGrade}" ` +
        `(expected one of ${MATCHING_GRADE_ORDER.join(' ')})`,
    );
  }
  const gaps: [string, number | undefined][] = [
    ['minimumGradeGap', rules.minimumGradeGap],
    ['maximumGradeGap', rules.maximumGradeGap],
  ];
  for (const [name, gap] of gaps) {
    if (gap !== undefined && !Number.isInteger(gap)) {
      throw new MatchingInputError(`rules.${name}: expected a whole number, got ${gap}`);
    }
  }
  const participating = rules.participatingDepartments
    ? new Set(rules.participatingDepartments)
    : null;
  return { rules, minimumRank, participating };
}

/** The first hard rule the pair breaks, or null when it may be proposed. */
export function firstBrokenRule(
  mentee: MenteeProfile,
  mentor: MentorProfile,
  menteeView: PersonView,
  mentorView: PersonView,
  prepared: PreparedRules,
): HardRule | null {
  return (
    mentorUnavailable(mentor, mentorView, prepared) ??
    pairBreaksRule(mentee, mentor, menteeView, mentorView, prepared)
  );
}

/** Rules about the mentor alone, so a long candidate scan can check them once per mentor. */
export function mentorUnavailable(
  mentor: MentorProfile,
  view: PersonView,
  prepared: PreparedRules,
): HardRule | null {
  if (mentor.paused) return 'paused';
  if (!(mentor.capacity > 0)) return 'no_capacity';
  if (view.rank < 0) return 'unknown_grade';
  if (prepared.participating && !prepared.participating.has(mentor.department)) {
    return 'participating_department';
  }
  if (view.rank < prepared.minimumRank) return 'mentor_minimum_grade';
  return null;
}

/** Rules about the two together; assumes the mentor passed mentorUnavailable. */
export function pairBreaksRule(
  mentee: MenteeProfile,
  mentor: MentorProfile,
  a: PersonView,
  b: PersonView,
  prepared: PreparedRules,
): HardRule | null {
  const { rules } = prepared;
  if (mentee.id === mentor.id) return 'self';
  if (a.rank < 0) return 'unknown_grade';
  const sameDepartment = a.department === b.department;
  if (
    rules.department === 'same' ? !sameDepartment : rules.department === 'other' && sameDepartment
  ) {
    return 'department';
  }
  const gap = b.rank - a.rank;
  if (gap < rules.minimumGradeGap) return 'minimum_grade_gap';
  if (rules.maximumGradeGap !== undefined && gap > rules.maximumGradeGap)
    return 'maximum_grade_gap';
  if (rules.profession === 'same' || rules.profession === 'other') {
    if (a.profession < 0 || b.profession < 0) return 'profession';
    if ((a.profession === b.profession) !== (rules.profession === 'same')) return 'profession';
  }
  return null;
}

/** A sentence a programme lead can read, saying which rule removed the pair. */
export function describeBrokenRule(
  rule: HardRule,
  mentee: MenteeProfile,
  mentor: MentorProfile,
  prepared: PreparedRules,
): string {
  const { rules } = prepared;
  const gap = gradeRank(mentor.grade) - gradeRank(mentee.grade);
  const mentorIs = `Mentor is ${describeGradeGap(mentee.grade, mentor.grade, gap)}`;
  const needs = (what: string): string => `; the programme requires ${what}`;
  switch (rule) {
    case 'self':
      return 'A person cannot mentor themselves';
    case 'paused':
      return 'Mentor has paused their availability';
    case 'no_capacity':
      return 'Mentor has no capacity for mentees';
    case 'unknown_grade':
      return `Grade not recognised (mentee ${mentee.grade}, mentor ${mentor.grade})`;
    case 'participating_department':
      return `Mentor's department ${mentor.department} is not taking part in this programme`;
    case 'department':
      return rules.department === 'same'
        ? `Different departments (${mentee.department}, ${mentor.department})${needs('the same department')}`
        : `Same department (${mentor.department})${needs('a different department')}`;
    case 'mentor_minimum_grade':
      return `Mentor grade ${mentor.grade} is below the minimum ${rules.mentorMinimumGrade}`;
    case 'minimum_grade_gap':
      return `${mentorIs}; the programme requires at least ${rules.minimumGradeGap} above`;
    case 'maximum_grade_gap':
      return `${mentorIs}; the programme allows at most ${rules.maximumGradeGap} above`;
    case 'profession':
      if (!mentee.profession || !mentor.profession) {
        const wanted = rules.profession === 'same' ? 'the same' : 'a different';
        return `Profession not recorded${needs(`${wanted} profession`)}`;
      }
      return rules.profession === 'same'
        ? `Different professions (${mentee.profession}, ${mentor.profession})${needs('the same profession')}`
        : `Same profession (${mentor.profession})${needs('a different profession')}`;
  }
}
