import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { PreferenceEnum, SessionTopicEnum } from '../models/enums';
import { Preference, PREFERENCES, SESSION_TOPICS, SessionTopic } from '../rules/vocabulary';

@InputType()
export class ApplyToCohortInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'cohortId must be a cohort id' })
  cohortId!: string;

  @Field({ description: 'What you would like to get from mentoring.' })
  @IsNotEmpty({ message: 'Enter what you would like to get from mentoring' })
  @MaxLength(2000, { message: 'Goals must be 2,000 characters or fewer' })
  goals!: string;

  @Field(() => [SessionTopicEnum])
  @ArrayMinSize(1, { message: 'Choose at least one topic' })
  @ArrayMaxSize(SESSION_TOPICS.length)
  @IsIn(SESSION_TOPICS, { each: true, message: 'Choose topics from the list' })
  topics!: SessionTopic[];

  @Field(() => PreferenceEnum, { defaultValue: 'any', description: "Your mentor's profession." })
  @IsIn(PREFERENCES)
  professionPreference!: Preference;

  @Field(() => PreferenceEnum, {
    defaultValue: 'any',
    description: "Your mentor's department: same or other is treated as a requirement.",
  })
  @IsIn(PREFERENCES)
  departmentPreference!: Preference;

  @Field(() => String, { nullable: true, description: 'Region code, when not your own.' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  region?: string | null;

  @Field({ defaultValue: '', description: 'When you could meet, in your words.' })
  @IsString()
  @MaxLength(500, { message: 'Availability must be 500 characters or fewer' })
  availability!: string;
}

@InputType()
export class WithdrawApplicationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'applicationId must be an application id' })
  applicationId!: string;
}
