import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { resolveScoringWeights, ScoringWeights } from '@pathways/domain-matching';
import type { EligibilityRules, MatchingRules } from '../entities/programme.entity';
import { DEFAULT_MATCHING_RULES } from '../programme-rules';

export const ProgrammeTypeEnum = {
  mentoring: 'mentoring',
  sponsorship: 'sponsorship',
  internship: 'internship',
} as const;
registerEnumType(ProgrammeTypeEnum, { name: 'ProgrammeType' });

export const ProfessionRuleEnum = {
  same: 'same',
  other: 'other',
  any: 'any',
  prefer_same: 'prefer_same',
} as const;
registerEnumType(ProfessionRuleEnum, {
  name: 'ProfessionRule',
  description: 'Mentor profession: same or other (required), any, or prefer_same (a preference).',
});

export const DepartmentRuleEnum = { same: 'same', other: 'other', any: 'any' } as const;
registerEnumType(DepartmentRuleEnum, { name: 'DepartmentRule' });

@ObjectType('EligibilityRules', {
  description: 'Who may apply; an empty condition applies to all.',
})
export class EligibilityRulesModel {
  @Field(() => [String], { description: 'SEB groups that may apply; empty = any.' })
  sebGroups!: string[];
  @Field(() => String, { nullable: true }) minimumGrade!: string | null;
  @Field(() => String, { nullable: true }) maximumGrade!: string | null;
  @Field(() => [String], { description: 'Department codes that may apply; empty = any.' })
  departments!: string[];
  @Field({ description: 'Only care leavers may apply.' }) careLeaver!: boolean;
  @Field(() => Int, { nullable: true, description: 'Age on the cohort start date.' })
  minimumAge!: number | null;
  @Field(() => Int, { nullable: true }) maximumAge!: number | null;
}

@ObjectType('MatchingRules', { description: 'Hard rules: a pair breaking one is never proposed.' })
export class MatchingRulesModel {
  @Field() mentorMinimumGrade!: string;
  @Field(() => Int, { description: 'Mentor grade minus mentee grade, at least.' })
  minimumGradeGap!: number;
  @Field(() => Int, { nullable: true }) maximumGradeGap!: number | null;
  @Field(() => ProfessionRuleEnum) profession!: MatchingRules['profession'];
  @Field(() => DepartmentRuleEnum) department!: MatchingRules['department'];
  @Field(() => Int) defaultMentorCapacity!: number;
}

@ObjectType('MatchingWeights', { description: 'Soft preferences (defaults where not tuned).' })
export class MatchingWeightsModel implements ScoringWeights {
  @Field(() => Float) gradeGap!: number;
  @Field(() => Float) idealGradeGap!: number;
  @Field(() => Float) professionFit!: number;
  @Field(() => Float) sharedTopics!: number;
  @Field(() => Float) sameRegion!: number;
  @Field(() => Float) previouslyUnmatched!: number;
}

export function eligibilityModel(rules: EligibilityRules): EligibilityRulesModel {
  return {
    sebGroups: rules.sebGroups ?? [],
    minimumGrade: rules.minimumGrade ?? null,
    maximumGrade: rules.maximumGrade ?? null,
    departments: rules.departments ?? [],
    careLeaver: rules.careLeaver === true,
    minimumAge: rules.minimumAge ?? null,
    maximumAge: rules.maximumAge ?? null,
  };
}

export function matchingRulesModel(rules: MatchingRules | null): MatchingRulesModel {
  const given = rules ?? DEFAULT_MATCHING_RULES;
  return {
    mentorMinimumGrade: given.mentorMinimumGrade ?? 'AA',
    minimumGradeGap: given.minimumGradeGap ?? 1,
    maximumGradeGap: given.maximumGradeGap ?? null,
    profession: given.profession,
    department: given.department,
    defaultMentorCapacity: given.defaultMentorCapacity,
  };
}

export function matchingWeightsModel(
  weights: Partial<ScoringWeights> | null,
): MatchingWeightsModel {
  return resolveScoringWeights(weights ?? {});
}
