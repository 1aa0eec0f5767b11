import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ScoringWeights } from '@pathways/domain-matching';
import type { ProgrammeEntity, ProgrammeType } from '../entities/programme.entity';
import type { ProgrammePresetSpec } from '../programme-presets';
import { ProgrammePresetKeyEnum } from './preset-key.enum';
import {
  eligibilityModel,
  EligibilityRulesModel,
  matchingRulesModel,
  MatchingRulesModel,
  matchingWeightsModel,
  MatchingWeightsModel,
  ProgrammeTypeEnum,
} from './rules.model';

@ObjectType({ description: 'A scheme: mentoring, sponsorship or internships, with its rules.' })
export class Programme {
  @Field(() => ID) id!: string;
  @Field({ description: 'Short code, e.g. CATAPULT; programme lead roles are scoped by it.' })
  code!: string;
  @Field() name!: string;
  @Field(() => ProgrammeTypeEnum) type!: ProgrammeType;
  @Field() description!: string;
  @Field(() => Int) durationMonths!: number;
  @Field(() => [String], { description: 'Department codes taking part; empty = any.' })
  participatingDepartments!: string[];
  @Field(() => EligibilityRulesModel) eligibility!: EligibilityRulesModel;
  @Field(() => MatchingRulesModel) matchingRules!: MatchingRulesModel;
  @Field(() => MatchingWeightsModel) matchingWeights!: MatchingWeightsModel;
  @Field() createdAt!: Date;
}

@ObjectType({
  description: 'A starting point for a new programme; createProgramme accepts its key.',
})
export class ProgrammePreset {
  @Field(() => ProgrammePresetKeyEnum) key!: ProgrammePresetSpec['key'];
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => ProgrammeTypeEnum) type!: ProgrammeType;
  @Field(() => Int) durationMonths!: number;
  @Field(() => [String]) participatingDepartments!: string[];
  @Field(() => EligibilityRulesModel) eligibility!: EligibilityRulesModel;
  @Field(() => MatchingRulesModel) matchingRules!: MatchingRulesModel;
  @Field(() => MatchingWeightsModel) matchingWeights!: MatchingWeightsModel;
}

export function programmeModel(entity: ProgrammeEntity): Programme {
  return {
    id: entity.id,
    code: entity.code,
    name: entity.name,
    type: entity.type,
    description: entity.description,
    durationMonths: entity.durationMonths,
    participatingDepartments: entity.participatingDepartments,
    eligibility: eligibilityModel(entity.eligibility),
    matchingRules: matchingRulesModel(entity.matchingRules),
    matchingWeights: matchingWeightsModel(entity.matchingWeights as Partial<ScoringWeights> | null),
    createdAt: entity.createdAt,
  };
}

export function presetModel(spec: ProgrammePresetSpec): ProgrammePreset {
  return {
    ...spec,
    eligibility: eligibilityModel(spec.eligibility),
    matchingRules: matchingRulesModel(spec.matchingRules),
    matchingWeights: matchingWeightsModel(spec.matchingWeights),
  };
}
