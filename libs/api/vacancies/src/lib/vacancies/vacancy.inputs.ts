import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { AcceleratorCategoryEnum, ContractTypeEnum, WorkingPatternEnum } from '../graphql-enums';
import {
  ACCELERATOR_CATEGORIES,
  AcceleratorCategory,
  CONTRACT_TYPES,
  ContractType,
  WORKING_PATTERNS,
  WorkingPattern,
} from './vacancy-vocabulary';

@InputType()
export class CreateVacancyInput {
  @Field()
  @IsString()
  @Length(3, 200, { message: 'Enter a title of 3 to 200 characters' })
  title!: string;

  @Field({ defaultValue: '' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary!: string;

  @Field()
  @IsString()
  departmentCode!: string;

  @Field(() => [String])
  @ArrayMinSize(1, { message: 'Choose at least one grade' })
  @ArrayMaxSize(11)
  @IsString({ each: true })
  gradeCodes!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  professionCode?: string | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  regionCodes!: string[];

  @Field({ defaultValue: false })
  @IsBoolean()
  remote!: boolean;

  @Field(() => WorkingPatternEnum)
  @IsIn(WORKING_PATTERNS, { message: 'Choose a working pattern' })
  workingPattern!: WorkingPattern;

  @Field(() => ContractTypeEnum)
  @IsIn(CONTRACT_TYPES, { message: 'Choose a contract type' })
  contractType!: ContractType;

  @Field({ description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'closingDate must be a date like 2026-03-31' })
  closingDate!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true, require_tld: false },
    { message: 'applyUrl must be a web address starting https://' },
  )
  applyUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  applyContact?: string | null;

  @Field(() => AcceleratorCategoryEnum)
  @IsIn(ACCELERATOR_CATEGORIES, { message: 'Choose why the role accelerates a career' })
  category!: AcceleratorCategory;

  @Field({ defaultValue: false })
  @IsBoolean()
  reservedForTalentScheme!: boolean;

  @Field(() => String, { nullable: true, description: 'e.g. Fast Stream; required when reserved.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  talentScheme?: string | null;
}

@InputType()
export class UpdateVacancyInput extends PartialType(CreateVacancyInput, {
  decorator: InputType,
  omitDefaultValues: true,
}) {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a vacancy id' })
  id!: string;
}

@InputType()
export class VacancyIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'vacancyId must be a vacancy id' })
  vacancyId!: string;
}

@InputType({ description: 'Every filter is optional; they combine with AND.' })
export class AcceleratorRolesInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() gradeCode?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() professionCode?: string;
  @Field(() => String, { nullable: true, description: 'Remote roles match every region.' })
  @IsOptional()
  @IsString()
  regionCode?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() departmentCode?: string;

  @Field(() => AcceleratorCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(ACCELERATOR_CATEGORIES)
  category?: AcceleratorCategory;

  @Field(() => String, { nullable: true, description: 'Words in the title or summary.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  keyword?: string;

  @Field(() => Int, { defaultValue: 20 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  limit!: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  offset!: number;
}
