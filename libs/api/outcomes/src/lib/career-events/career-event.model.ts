import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CAREER_EVENT_TYPES } from '../entities/career-event.entity';

@ObjectType({ description: 'A dated step in someone’s career. Only confirmed events count.' })
export class CareerEvent {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field({ description: 'For the programme lead confirming it.' }) personName!: string;
  @Field({ description: CAREER_EVENT_TYPES.join(', ') }) type!: string;
  @Field() effectiveDate!: string;
  @Field(() => String, { nullable: true }) fromGrade!: string | null;
  @Field(() => String, { nullable: true }) toGrade!: string | null;
  @Field(() => String, { nullable: true }) fromDepartment!: string | null;
  @Field(() => String, { nullable: true }) toDepartment!: string | null;
  @Field({ description: 'hr_import, lead_recorded or self_reported.' }) source!: string;
  @Field() confirmed!: boolean;
  @Field() createdAt!: Date;
}

export interface CareerEventRow {
  id: string;
  person_id: string;
  person_name: string;
  type: string;
  effective_date: string;
  from_grade: string | null;
  to_grade: string | null;
  from_department: string | null;
  to_department: string | null;
  source: string;
  confirmed: boolean;
  created_at: Date;
}

export function careerEventModel(row: CareerEventRow): CareerEvent {
  return {
    id: row.id,
    personId: row.person_id,
    personName: row.person_name,
    type: row.type,
    effectiveDate: row.effective_date,
    fromGrade: row.from_grade,
    toGrade: row.to_grade,
    fromDepartment: row.from_department,
    toDepartment: row.to_department,
    source: row.source,
    confirmed: row.confirmed,
    createdAt: row.created_at,
  };
}
