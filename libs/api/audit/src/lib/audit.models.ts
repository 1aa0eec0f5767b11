import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { GraphQLJSONObject } from './graphql-json';
import { AUDIT_ACTIONS, AuditAction } from './audit-actions';

@ObjectType()
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field(() => String, { nullable: true }) actorPersonId!: string | null;
  @Field() action!: string;
  @Field(() => [String]) subjectPersonIds!: string[];
  @Field(() => GraphQLJSONObject) detail!: Record<string, unknown>;
}

@ObjectType()
export class AuditEventPage {
  @Field(() => [AuditEvent]) items!: AuditEvent[];
  @Field(() => Int) total!: number;
}

@InputType()
export class AuditFilterInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: `action must be one of ${AUDIT_ACTIONS.join(', ')}` })
  action?: AuditAction;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'actorPersonId must be a person id' })
  actorPersonId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'subjectPersonId must be a person id' })
  subjectPersonId?: string;

  @Field(() => Date, { nullable: true }) @IsOptional() from?: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() to?: Date;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 50;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset = 0;
}
