import { Field, Float, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  Min,
} from 'class-validator';
import type { MatchingRules } from '../entities/programme.entity';
import { DepartmentRuleEnum, ProfessionRuleEnum } from '../models/rules.model';
import { DEPARTMENT_RULES, MAX_MENTOR_CAPACITY, PROFESSION_RULES } from '../programme-rules';

@InputType()
export class EligibilityRulesInput {
  @Field(() => [String], { nullable: true, description: 'e.g. ["lower"]; empty or null = any.' })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(3)
  sebGroups?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  minimumGrade?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  maximumGrade?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(100)
  departments?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  careLeaver?: boolean | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  minimumAge?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  maximumAge?: number | null;
}

@InputType()
export class MatchingRulesInput {
  @Field({ defaultValue: 'G7' })
  @IsString()
  mentorMinimumGrade!: string;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  minimumGradeGap!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  maximumGradeGap?: number | null;

  @Field(() => ProfessionRuleEnum, { defaultValue: 'any' })
  @IsIn(PROFESSION_RULES)
  profession!: MatchingRules['profession'];

  @Field(() => DepartmentRuleEnum, { defaultValue: 'any' })
  @IsIn(DEPARTMENT_RULES)
  department!: MatchingRules['department'];

  @Field(() => Int, { defaultValue: 2 })
  @IsInt()
  @Min(1)
  @Max(MAX_MENTOR_CAPACITY)
  defaultMentorCapacity!: number;
}

@InputType({ description: 'Soft-preference weights, each ≥ 0; omitted ones keep their default.' })
export class MatchingWeightsInput {
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() gradeGap?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() idealGradeGap?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() professionFit?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() sharedTopics?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() sameRegion?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() previouslyUnmatched?: number;
}
