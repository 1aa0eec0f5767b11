import { Field, ID, ObjectType } from '@nestjs/graphql';
import { isoDate, isWindowOpen } from '../calendar-dates';
import type { CohortEntity } from '../entities/cohort.entity';

@ObjectType({ description: 'One intake of a programme. Dates are YYYY-MM-DD.' })
export class Cohort {
  @Field(() => ID) id!: string;
  @Field(() => ID) programmeId!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) applicationsOpen!: string | null;
  @Field(() => String, { nullable: true }) applicationsClose!: string | null;
  @Field(() => String, { nullable: true }) startDate!: string | null;
  @Field({ description: 'Whether applications are open today.' }) isOpen!: boolean;
}

export function cohortModel(entity: CohortEntity, now = new Date()): Cohort {
  return {
    id: entity.id,
    programmeId: entity.programmeId,
    code: entity.code,
    name: entity.name,
    applicationsOpen: entity.applicationsOpen,
    applicationsClose: entity.applicationsClose,
    startDate: entity.startDate,
    isOpen: isWindowOpen(entity, isoDate(now)),
  };
}
