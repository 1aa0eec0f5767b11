import { badInput } from '@pathways/api-core';
import { GRADE_CODES, isGradeCode } from '@pathways/domain-seb';
import type { MatchingRules as EngineRules, ScoringWeights } from '@pathways/domain-matching';
import { resolveScoringWeights } from '@pathways/domain-matching';
import type { EligibilityRules, MatchingRules, ProgrammeEntity } from './entities/programme.entity';

export const MIN_DURATION_MONTHS = 6;
export const MAX_DURATION_MONTHS = 12;
/** SEB groups a programme can be limited to ('unknown' is never a target group). */
export const ELIGIBLE_SEB_GROUPS = ['professional', 'intermediate', 'lower'] as const;
export const PROFESSION_RULES = ['same', 'other', 'any', 'prefer_same'] as const;
export const DEPARTMENT_RULES = ['same', 'other', 'any'] as const;
export const MAX_MENTOR_CAPACITY = 10;

export function checkDuration(months: number): void {
  if (!Number.isInteger(months) || months < MIN_DURATION_MONTHS || months > MAX_DURATION_MONTHS) {
    throw badInput(
      `Duration must be a whole number of months from ${MIN_DURATION_MONTHS} to ${MAX_DURATION_MONTHS}`,
      'durationMonths',
    );
  }
}

export function rankOf(grade: string): number {
  return (GRADE_CODES as readonly string[]).indexOf(grade);
}

function checkGrade(value: string | undefined, field: string): void {
  if (value !== undefined && !isGradeCode(value)) {
    throw badInput(`Choose a grade from ${GRADE_CODES.join(', ')}`, field);
  }
}

/** Drops empty conditions and rejects contradictory ones; absent = no condition. */
export function normaliseEligibility(rules: EligibilityRules): EligibilityRules {
  const result: EligibilityRules = {};
  if (rules.sebGroups?.length) {
    const known: readonly string[] = ELIGIBLE_SEB_GROUPS;
    const unknown = rules.sebGroups.find((group) => !known.includes(group));
    if (unknown) {
      throw badInput(
        `"${unknown}" is not an SEB group: use ${ELIGIBLE_SEB_GROUPS.join(', ')}`,
        'eligibility.sebGroups',
      );
    }
    result.sebGroups = [...new Set(rules.sebGroups)];
  }
  checkGrade(rules.minimumGrade ?? undefined, 'eligibility.minimumGrade');
  checkGrade(rules.maximumGrade ?? undefined, 'eligibility.maximumGrade');
  if (rules.minimumGrade) result.minimumGrade = rules.minimumGrade;
  if (rules.maximumGrade) result.maximumGrade = rules.maximumGrade;
  if (
    result.minimumGrade &&
    result.maximumGrade &&
    rankOf(result.minimumGrade) > rankOf(result.maximumGrade)
  ) {
    throw badInput(
      'The lowest grade must not be above the highest grade',
      'eligibility.maximumGrade',
    );
  }
  if (rules.departments?.length) result.departments = [...new Set(rules.departments)];
  if (rules.careLeaver) result.careLeaver = true;
  for (const field of ['minimumAge', 'maximumAge'] as const) {
    const age = rules[field];
    if (age === undefined || age === null) continue;
    if (!Number.isInteger(age) || age < 14 || age > 80) {
      throw badInput('Enter an age from 14 to 80', `eligibility.${field}`);
    }
    result[field] = age;
  }
  if (
    result.minimumAge !== undefined &&
    result.maximumAge !== undefined &&
    result.minimumAge > result.maximumAge
  ) {
    throw badInput('The lowest age must not be above the highest age', 'eligibility.maximumAge');
  }
  return result;
}

/** Matching rules as a form sends them: an optional field may come as null. */
export type MatchingRulesInputLike = {
  [K in keyof MatchingRules]: undefined extends MatchingRules[K]
    ? MatchingRules[K] | null
    : MatchingRules[K];
};

export function normaliseMatchingRules(given: MatchingRulesInputLike): MatchingRules {
  const rules: MatchingRules = {
    ...given,
    mentorMinimumGrade: given.mentorMinimumGrade ?? undefined,
    minimumGradeGap: given.minimumGradeGap ?? undefined,
    maximumGradeGap: given.maximumGradeGap ?? undefined,
  };
  checkGrade(rules.mentorMinimumGrade, 'matchingRules.mentorMinimumGrade');
  const gaps = [rules.minimumGradeGap, rules.maximumGradeGap].filter((gap) => gap !== undefined);
  if (gaps.some((gap) => !Number.isInteger(gap) || Math.abs(gap) > 10)) {
    throw badInput('Grade gaps are whole numbers from -10 to 10', 'matchingRules.minimumGradeGap');
  }
  if (
    rules.minimumGradeGap !== undefined &&
    rules.maximumGradeGap !== undefined &&
    rules.minimumGradeGap > rules.maximumGradeGap
  ) {
    throw badInput(
      'The largest grade gap must not be below the smallest',
      'matchingRules.maximumGradeGap',
    );
  }
  if (!(PROFESSION_RULES as readonly string[]).includes(rules.profession)) {
    throw badInput(
      `Profession rule must be ${PROFESSION_RULES.join(', ')}`,
      'matchingRules.profession',
    );
  }
  if (!(DEPARTMENT_RULES as readonly string[]).includes(rules.department)) {
    throw badInput(
      `Department rule must be ${DEPARTMENT_RULES.join(', ')}`,
      'matchingRules.department',
    );
  }
  const capacity = rules.defaultMentorCapacity;
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > MAX_MENTOR_CAPACITY) {
    throw badInput(
      `Default mentor capacity must be from 1 to ${MAX_MENTOR_CAPACITY}`,
      'matchingRules.defaultMentorCapacity',
    );
  }
  const result: MatchingRules = {
    profession: rules.profession,
    department: rules.department,
    defaultMentorCapacity: capacity,
  };
  if (rules.mentorMinimumGrade) result.mentorMinimumGrade = rules.mentorMinimumGrade;
  if (rules.minimumGradeGap !== undefined) result.minimumGradeGap = rules.minimumGradeGap;
  if (rules.maximumGradeGap !== undefined) result.maximumGradeGap = rules.maximumGradeGap;
  return result;
}

export function normaliseWeights(
  weights: Partial<ScoringWeights> | null,
): Partial<ScoringWeights> | null {
  if (!weights) return null;
  const given = Object.fromEntries(
    Object.entries(weights).filter(([, value]) => value !== undefined && value !== null),
  ) as Partial<ScoringWeights>;
  try {
    resolveScoringWeights(given);
  } catch (error) {
    throw badInput((error as Error).message, 'matchingWeights');
  }
  return Object.keys(given).length ? given : null;
}

/** Used when a programme stores no matching rules (e.g. one created by an import). */
export const DEFAULT_MATCHING_RULES: MatchingRules = {
  mentorMinimumGrade: 'G7',
  minimumGradeGap: 1,
  profession: 'any',
  department: 'any',
  defaultMentorCapacity: 2,
};

/** The engine's view of a programme's rules; participating departments bind the mentor. */
export function engineRulesOf(programme: ProgrammeEntity): EngineRules {
  const rules = programme.matchingRules ?? DEFAULT_MATCHING_RULES;
  return {
    mentorMinimumGrade: rules.mentorMinimumGrade ?? 'AA',
    minimumGradeGap: rules.minimumGradeGap ?? 1,
    maximumGradeGap: rules.maximumGradeGap ?? undefined,
    profession: rules.profession,
    department: rules.department,
    participatingDepartments: programme.participatingDepartments.length
      ? programme.participatingDepartments
      : undefined,
  };
}
