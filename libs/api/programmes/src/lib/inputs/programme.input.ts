import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PROGRAMME_TYPES, ProgrammeType } from '../entities/programme.entity';
import { ProgrammePresetKeyEnum } from '../models/preset-key.enum';
import { ProgrammeTypeEnum } from '../models/rules.model';
import { PROGRAMME_PRESET_KEYS, ProgrammePresetKey } from '../programme-presets';
import { EligibilityRulesInput, MatchingRulesInput, MatchingWeightsInput } from './rules.input';

/** Fields shared by create and update; on update an omitted field is left as it is. */
@InputType({ isAbstract: true })
class ProgrammeFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: '6 to 12.' })
  @IsOptional()
  @IsInt()
  durationMonths?: number | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(100)
  participatingDepartments?: string[] | null;

  @Field(() => EligibilityRulesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EligibilityRulesInput)
  eligibility?: EligibilityRulesInput | null;

  @Field(() => MatchingRulesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchingRulesInput)
  matchingRules?: MatchingRulesInput | null;

  @Field(() => MatchingWeightsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchingWeightsInput)
  matchingWeights?: MatchingWeightsInput | null;
}

@InputType({ description: 'Fields left out are taken from the preset, when one is given.' })
export class CreateProgrammeInput extends ProgrammeFieldsInput {
  @Field(() => ProgrammePresetKeyEnum, { nullable: true })
  @IsOptional()
  @IsIn(PROGRAMME_PRESET_KEYS)
  preset?: ProgrammePresetKey | null;

  @Field({ description: '2 to 30 capital letters, digits or hyphens, e.g. CATAPULT.' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,29}$/, {
    message: 'Enter a code of 2 to 30 capital letters, digits or hyphens',
  })
  code!: string;

  @Field()
  @IsNotEmpty({ message: 'Enter the programme name' })
  @MaxLength(200)
  name!: string;

  @Field(() => ProgrammeTypeEnum, { nullable: true, description: 'Required without a preset.' })
  @IsOptional()
  @IsIn(PROGRAMME_TYPES)
  type?: ProgrammeType | null;
}

@InputType()
export class UpdateProgrammeInput extends ProgrammeFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a programme id' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'Enter the programme name' })
  @MaxLength(200)
  name?: string | null;
}

@InputType()
export class ProgrammePresetsInput {
  @Field(() => [String], {
    nullable: true,
    description: 'Departments taking part, filled into the sponsorship preset.',
  })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(100)
  participatingDepartments?: string[] | null;
}
