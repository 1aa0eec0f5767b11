import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GRADE_CODES, SEB_GROUPS } from '@pathways/domain-seb';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

@ObjectType()
export class FiveYearTarget {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() sebGroup!: string;
  @Field(() => [String], { description: 'Grade codes counted; empty = every grade.' })
  grades!: string[];
  @Field(() => String, { nullable: true, description: 'Null = every department.' })
  departmentCode!: string | null;
  @Field(() => Float, { description: 'A share, 0..1.' }) targetShare!: number;
  @Field(() => Int) targetYear!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'The share now, over the latest snapshots within your scope; null when too few people.',
  })
  currentShare!: number | null;
}

@InputType({ description: 'Creates a target, or changes the one with this id.' })
export class SetFiveYearTargetInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a target id' })
  id?: string | null;

  @Field({ description: 'e.g. Share of SCS from lower SEB.' })
  @IsNotEmpty({ message: 'Enter a name for the target' })
  @MaxLength(200)
  name!: string;

  @Field()
  @IsIn(SEB_GROUPS.filter((group) => group !== 'unknown'), {
    message: 'sebGroup must be professional, intermediate or lower',
  })
  sebGroup!: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(GRADE_CODES.length)
  @IsIn(GRADE_CODES, { each: true, message: 'Select grades from the list' })
  grades: string[] = [];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  departmentCode?: string | null;

  @Field(() => Float)
  @Min(0, { message: 'Enter a share between 0 and 1' })
  @Max(1, { message: 'Enter a share between 0 and 1' })
  targetShare!: number;

  @Field(() => Int)
  @IsInt()
  @Min(2000, { message: 'Enter a year from 2000' })
  @Max(2100, { message: 'Enter a year up to 2100' })
  targetYear!: number;
}

@InputType()
export class RemoveFiveYearTargetInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a target id' })
  id!: string;
}
