import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PlacementOutcome } from '../rules/placement-outcomes';
import type { CheckInStatus } from '../entities/check-in.entity';
import {
  CheckInStatusEnum,
  PlacementOutcomeEnum,
  PlacementStatus,
  PlacementStatusEnum,
  TrainingStatus,
  TrainingStatusEnum,
} from './enums';
import { PlacementPerson } from './placement-person.model';

/** What everyone allowed to see a placement sees. */
@ObjectType({ isAbstract: true })
export class PlacementFields {
  @Field(() => ID) id!: string;
  @Field(() => ID) intakeId!: string;
  @Field() departmentCode!: string;
  @Field() departmentName!: string;
  @Field() team!: string;
  @Field({ description: 'AO or EO.' }) gradeCode!: string;
  @Field() regionCode!: string;
  @Field() regionName!: string;
  @Field({ description: 'The kind of work, a profession code.' }) workArea!: string;
  @Field() workAreaName!: string;
  @Field(() => PlacementPerson) lineManager!: PlacementPerson;
  @Field() startDate!: string;
  @Field(() => Int) termMonths!: number;
  @Field({ description: 'The last day of the term.' }) endDate!: string;
  @Field(() => String, { nullable: true }) trainingCompletedOn!: string | null;
  @Field(() => TrainingStatusEnum) trainingStatus!: TrainingStatus;
  @Field(() => PlacementStatusEnum) status!: PlacementStatus;
  @Field(() => PlacementPerson, { nullable: true }) intern!: PlacementPerson | null;
  @Field(() => PlacementOutcomeEnum, { nullable: true }) outcome!: PlacementOutcome | null;
  @Field(() => String, { nullable: true }) outcomeEffectiveDate!: string | null;
}

@ObjectType({ description: 'A placement as its intake’s coordinator sees it.' })
export class IntakePlacement extends PlacementFields {
  @Field(() => CheckInStatusEnum, {
    nullable: true,
    description: 'The latest monthly check-in (its notes stay with the line manager).',
  })
  latestCheckIn!: CheckInStatus | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM of the latest check-in.' })
  latestCheckInMonth!: string | null;
}

@ObjectType()
export class InternCheckIn {
  @Field({ description: 'YYYY-MM.' }) month!: string;
  @Field(() => CheckInStatusEnum) status!: CheckInStatus;
  @Field() notes!: string;
  @Field() recordedAt!: Date;
}

@ObjectType({ description: 'A placement as its line manager sees it.' })
export class ManagedPlacement extends PlacementFields {
  @Field() programmeName!: string;
  @Field() intakeName!: string;
  @Field(() => [InternCheckIn], { description: 'Newest month first.' }) checkIns!: InternCheckIn[];
  @Field({ description: 'An intern has started and no outcome is recorded yet.' })
  canRecordOutcome!: boolean;
  @Field(() => [String], { description: 'Months (YYYY-MM) you can record a check-in for.' })
  checkInMonths!: string[];
}
