import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PlacementOutcome } from '../rules/placement-outcomes';
import { PlacementOutcomeEnum, TrainingStatus, TrainingStatusEnum } from './enums';

@ObjectType()
export class LedDepartment {
  @Field() code!: string;
  @Field() name!: string;
}

@ObjectType({ description: 'An intake departments can offer placements to (it has not started).' })
export class DepartmentIntake {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field() programmeName!: string;
  @Field(() => String, { nullable: true }) applicationsOpen!: string | null;
  @Field(() => String, { nullable: true }) applicationsClose!: string | null;
  @Field(() => String, { nullable: true }) startDate!: string | null;
  @Field(() => Int, { description: 'The programme’s term, for placements offered without one.' })
  termMonths!: number;
}

/**
 * A placement as a lead of its department sees it: the post, its line manager and how it is
 * going; never anything about applicants, and nothing about the intern beyond their name.
 */
@ObjectType()
export class DepartmentPlacement {
  @Field(() => ID) id!: string;
  @Field(() => ID) intakeId!: string;
  @Field() intakeName!: string;
  @Field() programmeName!: string;
  @Field() departmentCode!: string;
  @Field() departmentName!: string;
  @Field() team!: string;
  @Field({ description: 'AO or EO.' }) gradeCode!: string;
  @Field() regionName!: string;
  @Field() workAreaName!: string;
  @Field() lineManagerName!: string;
  @Field() startDate!: string;
  @Field(() => Int) termMonths!: number;
  @Field({ description: 'The last day of the term.' }) endDate!: string;
  @Field({ description: 'An intern has accepted it.' }) filled!: boolean;
  @Field(() => TrainingStatusEnum) trainingStatus!: TrainingStatus;
  @Field(() => String, { nullable: true }) trainingCompletedOn!: string | null;
  @Field(() => PlacementOutcomeEnum, { nullable: true }) outcome!: PlacementOutcome | null;
  @Field(() => String, { nullable: true }) outcomeEffectiveDate!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The intern who joined the department, once filled. Reading it is audited.',
  })
  internName!: string | null;
}

@ObjectType({ description: 'What a department lead sees of care leaver internships.' })
export class DepartmentInternships {
  @Field(() => [LedDepartment], { description: 'The departments you lead.' })
  departments!: LedDepartment[];
  @Field(() => [DepartmentIntake], { description: 'Intakes taking placements, soonest first.' })
  intakes!: DepartmentIntake[];
  @Field(() => [DepartmentPlacement], {
    description: 'Your departments’ placements in every intake, newest start first.',
  })
  placements!: DepartmentPlacement[];
}
