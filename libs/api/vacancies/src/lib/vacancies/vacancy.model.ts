import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  AcceleratorCategoryEnum,
  ContractTypeEnum,
  VacancyStatusEnum,
  WorkingPatternEnum,
} from '../graphql-enums';
import type {
  AcceleratorCategory,
  ContractType,
  VacancyStatus,
  WorkingPattern,
} from './vacancy-vocabulary';

@ObjectType({ description: 'An accelerator role.' })
export class Vacancy {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field() departmentCode!: string;
  @Field(() => [String]) gradeCodes!: string[];
  @Field(() => String, { nullable: true }) professionCode!: string | null;
  @Field(() => [String]) regionCodes!: string[];
  @Field() remote!: boolean;
  @Field(() => WorkingPatternEnum) workingPattern!: WorkingPattern;
  @Field(() => ContractTypeEnum) contractType!: ContractType;
  @Field({ description: 'The last day to apply, YYYY-MM-DD.' }) closingDate!: string;
  @Field(() => String, { nullable: true }) applyUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'Who to contact to apply.' })
  applyContact!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Follow this to apply: it records the application, then goes to applyUrl.',
  })
  applyLink!: string | null;
  @Field(() => AcceleratorCategoryEnum) category!: AcceleratorCategory;
  @Field() reservedForTalentScheme!: boolean;
  @Field(() => String, { nullable: true }) talentScheme!: string | null;
  @Field(() => VacancyStatusEnum) status!: VacancyStatus;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field({ description: 'Whether the signed-in person posted it.' }) postedByMe!: boolean;
}

@ObjectType()
export class VacancyPage {
  @Field(() => Int) total!: number;
  @Field(() => [Vacancy]) items!: Vacancy[];
}
