import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { ISO_DATE_PATTERN } from '@pathways/api-programmes';

@InputType({ description: 'What you tell us about your time in care: only you can read it back.' })
export class InternshipEligibilityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'intakeId must be an intake id' })
  intakeId!: string;

  @Field(() => Int, { description: 'Weeks in care in all.' })
  @IsInt({ message: 'Enter the number of weeks as a whole number' })
  @Min(0, { message: 'The number of weeks must be 0 or more' })
  @Max(1500, { message: 'The number of weeks must be 1,500 or fewer' })
  weeksInCare!: number;

  @Field({ description: 'Whether some of that time was after your 16th birthday.' })
  @IsBoolean({ message: 'Select yes if some of your time in care was after your 16th birthday' })
  inCareAfterSixteen!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD; used only when your record has none.',
  })
  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: 'Enter your date of birth as a real date' })
  dateOfBirth?: string | null;
}

@InputType()
export class ApplyToInternshipInput extends InternshipEligibilityInput {
  @Field(() => [String], { description: 'Region codes; empty = any region.' })
  @IsString({ each: true })
  @ArrayMaxSize(20)
  preferredRegions!: string[];

  @Field(() => [String], { description: 'Profession codes; empty = no preference.' })
  @IsString({ each: true })
  @ArrayMaxSize(40)
  preferredWork!: string[];
}

@InputType()
export class RespondToInternshipOfferInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be an offer id' })
  matchId!: string;

  @Field({ description: 'true accepts the placement; false declines it.' })
  @IsBoolean({ message: 'Select yes to accept the placement, or no to decline it' })
  accept!: boolean;
}

@InputType()
export class WithdrawInternshipApplicationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'applicationId must be an application id' })
  applicationId!: string;
}
