import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ISO_DATE_PATTERN } from '@pathways/api-programmes';
import { SessionFormatEnum, SessionTopicEnum, SurveyKindEnum } from '../models/enums';
import { SURVEY_KINDS, SurveyKind } from '../rules/survey-schedule';
import { SESSION_FORMATS, SESSION_TOPICS, SessionFormat, SessionTopic } from '../rules/vocabulary';

@InputType()
export class CompleteRelationshipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'relationshipId must be a relationship id' })
  relationshipId!: string;
}

@InputType()
export class EndRelationshipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'relationshipId must be a relationship id' })
  relationshipId!: string;

  @Field()
  @IsNotEmpty({ message: 'Enter why the relationship is ending early' })
  @MaxLength(1000)
  reason!: string;
}

@InputType()
export class LogSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'relationshipId must be a relationship id' })
  relationshipId!: string;

  @Field({ description: 'YYYY-MM-DD, not in the future.' })
  @Matches(ISO_DATE_PATTERN, { message: 'Enter the date as YYYY-MM-DD' })
  heldOn!: string;

  @Field(() => Int)
  @IsInt()
  @Min(5, { message: 'Duration must be at least 5 minutes' })
  @Max(480, { message: 'Duration must be 480 minutes or fewer' })
  durationMinutes!: number;

  @Field(() => SessionFormatEnum)
  @IsIn(SESSION_FORMATS)
  format!: SessionFormat;

  @Field(() => [SessionTopicEnum])
  @ArrayMaxSize(SESSION_TOPICS.length)
  @IsIn(SESSION_TOPICS, { each: true, message: 'Choose topics from the list' })
  topics!: SessionTopic[];

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  nextSteps!: string;

  @Field(() => String, { nullable: true, description: 'Only you will ever be able to read it.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  privateNote?: string | null;
}

@InputType({ description: 'metExpectations and sessionsInteresting are required for close_out.' })
export class SubmitSurveyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'relationshipId must be a relationship id' })
  relationshipId!: string;

  @Field(() => SurveyKindEnum)
  @IsIn(SURVEY_KINDS)
  kind!: SurveyKind;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'Choose a rating from 1 to 5' })
  @Max(5, { message: 'Choose a rating from 1 to 5' })
  rating!: number;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  metExpectations?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  sessionsInteresting?: boolean | null;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  comments!: string;
}
