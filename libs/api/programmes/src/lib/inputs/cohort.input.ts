import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { ISO_DATE_PATTERN } from '../calendar-dates';

const DATE_MESSAGE = 'Enter a date as YYYY-MM-DD';

@InputType({ description: 'Dates are YYYY-MM-DD; applications open ≤ close ≤ start.' })
export class CreateCohortInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'programmeId must be a programme id' })
  programmeId!: string;

  @Field({ description: 'Unique within the programme, e.g. 2026-SPRING.' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{0,29}$/, {
    message: 'Enter a code of up to 30 letters, digits or hyphens',
  })
  code!: string;

  @Field()
  @IsNotEmpty({ message: 'Enter the cohort name' })
  @MaxLength(200)
  name!: string;

  @Field() @Matches(ISO_DATE_PATTERN, { message: DATE_MESSAGE }) applicationsOpen!: string;
  @Field() @Matches(ISO_DATE_PATTERN, { message: DATE_MESSAGE }) applicationsClose!: string;
  @Field() @Matches(ISO_DATE_PATTERN, { message: DATE_MESSAGE }) startDate!: string;
}

@InputType({ description: 'Omitted fields are left as they are.' })
export class UpdateCohortInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a cohort id' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'Enter the cohort name' })
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: DATE_MESSAGE })
  applicationsOpen?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: DATE_MESSAGE })
  applicationsClose?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: DATE_MESSAGE })
  startDate?: string | null;
}
