import { Field, ID, InputType } from '@nestjs/graphql';
import { GRADE_CODES } from '@pathways/domain-seb';
import { IsIn, IsNotEmpty, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { CAREER_EVENT_TYPES } from '../entities/career-event.entity';
import type { CareerEventType } from '../entities/career-event.entity';

const DATE_MESSAGE = 'Enter a date as YYYY-MM-DD';

@InputType({ description: 'Grades and departments are codes; omitted = not known.' })
export class MyCareerEventInput {
  @Field(() => String, { description: CAREER_EVENT_TYPES.join(', ') })
  @IsIn(CAREER_EVENT_TYPES, { message: `type must be one of ${CAREER_EVENT_TYPES.join(', ')}` })
  type!: CareerEventType;

  @Field()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  effectiveDate!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(GRADE_CODES, { message: 'Select a grade from the list' })
  fromGrade?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(GRADE_CODES, { message: 'Select a grade from the list' })
  toGrade?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  fromDepartment?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  toDepartment?: string | null;
}

@InputType()
export class RecordCareerEventInput extends MyCareerEventInput {
  @Field({ description: 'Staff number of someone enrolled in a programme you lead.' })
  @IsNotEmpty({ message: 'Enter the staff number' })
  @MaxLength(64)
  staffNumber!: string;
}

@InputType()
export class UnconfirmedCareerEventsInput {
  @Field({ description: 'Programme code.' })
  @IsNotEmpty({ message: 'Enter the programme code' })
  @MaxLength(64)
  programme!: string;
}

@InputType()
export class ConfirmCareerEventInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a career event id' })
  id!: string;
}
