import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { ISO_DATE_PATTERN } from '@pathways/api-programmes';

const DATE_MESSAGE = 'Enter a date as YYYY-MM-DD';

@InputType({ description: 'Settings left out take the scheme’s values: 12 months, aged 16 to 25.' })
export class CreateInternshipProgrammeInput {
  @Field({ description: '2 to 30 capital letters, digits or hyphens, e.g. CARE-LEAVERS.' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,29}$/, {
    message: 'Enter a code of 2 to 30 capital letters, digits or hyphens',
  })
  code!: string;

  @Field()
  @IsNotEmpty({ message: 'Enter the programme name' })
  @MaxLength(200, { message: 'The name must be 200 characters or fewer' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() termMonths?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() minimumAge?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() maximumAge?: number | null;
}

@InputType({ description: 'Omitted settings are left as they are.' })
export class UpdateInternshipSettingsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'programmeId must be a programme id' })
  programmeId!: string;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() termMonths?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() minimumAge?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() maximumAge?: number | null;
}

@InputType({ description: 'Dates are YYYY-MM-DD; applications open ≤ close ≤ start.' })
export class OpenInternshipIntakeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'programmeId must be a programme id' })
  programmeId!: string;

  @Field({ description: 'Unique within the programme, e.g. 2026.' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{0,29}$/, {
    message: 'Enter a code of up to 30 letters, digits or hyphens',
  })
  code!: string;

  @Field()
  @IsNotEmpty({ message: 'Enter the intake name' })
  @MaxLength(200)
  name!: string;

  @Field() @Matches(ISO_DATE_PATTERN, { message: DATE_MESSAGE }) applicationsOpen!: string;
  @Field() @Matches(ISO_DATE_PATTERN, { message: DATE_MESSAGE }) applicationsClose!: string;
  @Field() @Matches(ISO_DATE_PATTERN, { message: DATE_MESSAGE }) startDate!: string;
}

@InputType({
  description:
    'The intake’s coordinators (or an admin) offer placements in any department; department leads in their own.',
})
export class OfferPlacementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'intakeId must be an intake id' })
  intakeId!: string;

  @Field() @IsNotEmpty({ message: 'Select the department' }) departmentCode!: string;

  @Field()
  @IsNotEmpty({ message: 'Enter the team' })
  @MaxLength(200, { message: 'The team must be 200 characters or fewer' })
  team!: string;

  @Field({ description: 'AO or EO.' })
  @IsNotEmpty({ message: 'Select the grade' })
  gradeCode!: string;

  @Field() @IsNotEmpty({ message: 'Select the region' }) regionCode!: string;

  @Field({ description: 'The kind of work, as a profession code.' })
  @IsNotEmpty({ message: 'Select the kind of work' })
  workArea!: string;

  @Field()
  @IsNotEmpty({ message: 'Enter the line manager’s staff number' })
  @MaxLength(40)
  lineManagerStaffNumber!: string;

  @Field() @Matches(ISO_DATE_PATTERN, { message: DATE_MESSAGE }) startDate!: string;

  @Field(() => Int, { nullable: true, description: 'Left out: the programme’s term.' })
  @IsOptional()
  @IsInt({ message: 'Enter the term as a whole number of months' })
  termMonths?: number | null;
}
