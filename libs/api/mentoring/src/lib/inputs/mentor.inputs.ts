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
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MAX_MENTOR_CAPACITY } from '@pathways/api-programmes';
import { SessionTopicEnum } from '../models/enums';
import { SESSION_TOPICS, SessionTopic } from '../rules/vocabulary';

@InputType({ description: 'Volunteering again for the same cohort updates your offer.' })
export class VolunteerAsMentorInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'cohortId must be a cohort id' })
  cohortId!: string;

  @Field(() => Int, {
    nullable: true,
    description: "Mentees at once, 0 to 10; the programme's default when left out.",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_MENTOR_CAPACITY, { message: `Capacity must be ${MAX_MENTOR_CAPACITY} or fewer` })
  capacity?: number | null;

  @Field(() => [SessionTopicEnum], { defaultValue: [] })
  @ArrayMaxSize(SESSION_TOPICS.length)
  @IsIn(SESSION_TOPICS, { each: true, message: 'Choose topics from the list' })
  topics!: SessionTopic[];

  @Field(() => [String], { defaultValue: [], description: 'Profession codes you know.' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  professions!: string[];
}

@InputType()
export class SetMentorPausedInput {
  @Field()
  @IsBoolean()
  paused!: boolean;

  @Field(() => ID, { nullable: true, description: 'One cohort; every offer when left out.' })
  @IsOptional()
  @IsUUID('all', { message: 'cohortId must be a cohort id' })
  cohortId?: string | null;
}

@InputType()
export class AcceptProposalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'relationshipId must be a relationship id' })
  relationshipId!: string;
}

@InputType()
export class DeclineProposalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'relationshipId must be a relationship id' })
  relationshipId!: string;

  @Field({ description: 'Seen by the programme lead only.' })
  @IsNotEmpty({ message: 'Enter a reason' })
  @MaxLength(1000)
  reason!: string;
}
