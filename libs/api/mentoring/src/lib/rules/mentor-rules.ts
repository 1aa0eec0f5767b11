import type { MatchingRules, ProgrammeEntity } from '@pathways/api-programmes';
import { DEFAULT_MATCHING_RULES, rankOf } from '@pathways/api-programmes';

export interface MentorFacts {
  readonly gradeCode: string;
  readonly departmentCode: string;
}

/** Why this person cannot volunteer for the programme (empty when they can). */
export function mentorRuleReasons(
  programme: Pick<ProgrammeEntity, 'matchingRules' | 'participatingDepartments' | 'type'>,
  facts: MentorFacts,
): string[] {
  const rules: MatchingRules = programme.matchingRules ?? DEFAULT_MATCHING_RULES;
  const role = programme.type === 'sponsorship' ? 'Sponsors' : 'Mentors';
  const reasons: string[] = [];
  const minimum = rules.mentorMinimumGrade;
  if (minimum && (rankOf(facts.gradeCode) < 0 || rankOf(facts.gradeCode) < rankOf(minimum))) {
    reasons.push(
      `${role} on this programme must be grade ${minimum} or above; your grade is ${facts.gradeCode}.`,
    );
  }
  const participating = programme.participatingDepartments;
  if (participating.length > 0 && !participating.includes(facts.departmentCode)) {
    reasons.push(
      `${role} on this programme come from the departments taking part (${participating.join(', ')}); you are in ${facts.departmentCode}.`,
    );
  }
  return reasons;
}
