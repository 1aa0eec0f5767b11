import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ISO_DATE_PATTERN } from '@pathways/api-programmes';
import { CHECK_IN_STATUSES, type CheckInStatus } from '../entities/check-in.entity';
import { CheckInStatusEnum, PlacementOutcomeEnum } from '../models/enums';
import { PLACEMENT_OUTCOMES, type PlacementOutcome } from '../rules/placement-outcomes';

@InputType()
export class RecordLineManagerTrainingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'placementId must be a placement id' })
  placementId!: string;

  @Field({ description: 'YYYY-MM-DD, today or earlier.' })
  @Matches(ISO_DATE_PATTERN, { message: 'Enter the date you completed the training' })
  completedOn!: string;
}

@InputType()
export class RecordInternCheckInInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'placementId must be a placement id' })
  placementId!: string;

  @Field({ description: 'YYYY-MM; recording a month again replaces it.' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Select the month' })
  month!: string;

  @Field(() => CheckInStatusEnum)
  @IsIn(CHECK_IN_STATUSES, { message: 'Select how the intern is getting on' })
  status!: CheckInStatus;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000, { message: 'Notes must be 2,000 characters or fewer' })
  notes!: string;
}

@InputType()
export class RecordPlacementOutcomeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'placementId must be a placement id' })
  placementId!: string;

  @Field(() => PlacementOutcomeEnum)
  @IsIn(PLACEMENT_OUTCOMES, { message: 'Select the outcome' })
  outcome!: PlacementOutcome;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD; left out: the placement’s end date.',
  })
  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: 'Enter the date the outcome takes effect' })
  effectiveDate?: string | null;

  @Field(() => String, { nullable: true, description: 'For promoted: left out, the grade above.' })
  @IsOptional()
  @IsString()
  promotedTo?: string | null;
}
