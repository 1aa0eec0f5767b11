import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class RunMatchingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'cohortId must be a cohort id' })
  cohortId!: string;
}

@InputType({ description: 'Either the ids of suggested pairs, or all: true.' })
export class ApproveProposalsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'cohortId must be a cohort id' })
  cohortId!: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true, message: 'relationshipIds must be relationship ids' })
  relationshipIds?: string[] | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  all!: boolean;
}

@InputType({ description: 'Pairs a mentee with a mentor by hand; the pair is locked on re-runs.' })
export class ReplacePairInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'menteeApplicationId must be an application id' })
  menteeApplicationId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'mentorOfferId must be a mentor offer id' })
  mentorOfferId!: string;
}
