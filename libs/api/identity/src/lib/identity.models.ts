import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ROLES, SCOPE_TYPES } from '@pathways/api-core';
import type { Role, ScopeType } from '@pathways/api-core';
import { IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';

@ObjectType()
export class RoleGrant {
  @Field(() => ID) id!: string;
  @Field() personId!: string;
  @Field() role!: string;
  @Field(() => String, { nullable: true }) scopeType!: string | null;
  @Field(() => String, { nullable: true }) scopeId!: string | null;
  @Field() grantedAt!: Date;
}

@ObjectType({ description: 'The signed-in person: their own details and roles.' })
export class Me {
  @Field() personId!: string;
  @Field() staffNumber!: string;
  @Field() givenName!: string;
  @Field() familyName!: string;
  @Field() email!: string;
  @Field() departmentCode!: string;
  @Field() gradeCode!: string;
  @Field(() => [RoleGrant]) roles!: RoleGrant[];
}

@InputType()
export class GrantRoleInput {
  @Field()
  @IsUUID('all', { message: 'personId must be a person id' })
  personId!: string;

  @Field(() => String)
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role!: Role;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(SCOPE_TYPES, { message: `scopeType must be one of ${SCOPE_TYPES.join(', ')}` })
  scopeType?: ScopeType | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  scopeId?: string | null;
}

@ObjectType({ description: 'A person as an admin sees them: no sensitive answers.' })
export class PersonSummary {
  @Field() id!: string;
  @Field() staffNumber!: string;
  @Field() givenName!: string;
  @Field() familyName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field() departmentCode!: string;
  @Field() gradeCode!: string;
}
