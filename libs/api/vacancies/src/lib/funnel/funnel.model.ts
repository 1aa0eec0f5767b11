import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { AcceleratorCategoryEnum, FunnelStageEnum } from '../graphql-enums';
import { ACCELERATOR_CATEGORIES, AcceleratorCategory } from '../vacancies/vacancy-vocabulary';
import type { FunnelStage } from './funnel-stages';

@ObjectType({
  description: 'A count of people: null and suppressed ([c]) when it could identify them.',
})
export class FunnelCount {
  @Field({ description: 'professional, intermediate, lower, unknown, or all.' }) sebGroup!: string;
  @Field(() => Int, { nullable: true }) value!: number | null;
  @Field() suppressed!: boolean;
}

@ObjectType()
export class FunnelStageCounts {
  @Field(() => FunnelStageEnum) stage!: FunnelStage;
  @Field(() => [FunnelCount]) counts!: FunnelCount[];
}

@ObjectType({ description: 'alerted → viewed → applied → appointed, by SEB group, suppressed.' })
export class VacancyFunnel {
  @Field(() => ID, { nullable: true, description: 'Null for totals over many vacancies.' })
  vacancyId!: string | null;
  @Field(() => Int) vacancyCount!: number;
  @Field(() => [FunnelStageCounts]) stages!: FunnelStageCounts[];
}

@InputType()
export class VacancyFunnelTotalsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  departmentCode?: string;

  @Field(() => AcceleratorCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(ACCELERATOR_CATEGORIES)
  category?: AcceleratorCategory;
}

@InputType()
export class RecordAppointmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'vacancyId must be a vacancy id' })
  vacancyId!: string;

  @Field({ description: 'The appointed person’s staff number.' })
  @IsString()
  @Length(1, 40, { message: 'Enter the staff number of the person appointed' })
  staffNumber!: string;
}
