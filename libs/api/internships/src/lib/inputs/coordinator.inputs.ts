import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class RunInternshipMatchingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'intakeId must be an intake id' })
  intakeId!: string;
}

@InputType({ description: 'Approve the listed suggestions, or all of the intake’s.' })
export class ApproveInternshipMatchesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'intakeId must be an intake id' })
  intakeId!: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'matchIds must be match ids' })
  @ArrayMaxSize(1000)
  matchIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  all?: boolean | null;
}
