import { Field, Float, ObjectType } from '@nestjs/graphql';
import { SebShare, SuppressedCount } from '../disclosure/cell.model';
import type { Composition } from '../disclosure/seb-tables';
import { FiveYearTarget } from '../targets/five-year-target.model';

@ObjectType({ description: 'SEB make-up of one category; shares are of classifiable people.' })
export class SebCompositionRow {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => SuppressedCount) professional!: SuppressedCount;
  @Field(() => SuppressedCount) intermediate!: SuppressedCount;
  @Field(() => SuppressedCount) lower!: SuppressedCount;
  @Field(() => SuppressedCount, { description: 'Not classifiable or not declared.' })
  unknown!: SuppressedCount;
  @Field(() => SuppressedCount) total!: SuppressedCount;
  @Field(() => Float, { nullable: true }) professionalShare!: number | null;
  @Field(() => Float, { nullable: true }) intermediateShare!: number | null;
  @Field(() => Float, { nullable: true }) lowerShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Classifiable of everyone.' })
  declarationRate!: number | null;
}

@ObjectType({ description: 'A breakdown; suppression runs across its rows and columns.' })
export class SebCompositionTable {
  @Field() dimension!: string;
  @Field(() => [SebCompositionRow]) rows!: SebCompositionRow[];
  @Field(() => SebCompositionRow) total!: SebCompositionRow;
}

@ObjectType()
export class SebBenchmark {
  @Field() key!: string;
  @Field() measure!: string;
  @Field(() => Float, { description: 'A share, 0..1.' }) value!: number;
  @Field() source!: string;
  @Field({ description: 'The figure could not be checked against its source.' }) verify!: boolean;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true }) sebGroup!: string | null;
  @Field(() => String, { nullable: true }) department!: string | null;
}

@ObjectType({
  description:
    'Aggregates of the workforce by SEB from each person’s latest snapshot; every cell under ' +
    '10 people is suppressed, with secondary suppression across rows and columns.',
})
export class WorkforceDashboard {
  @Field() asOf!: string;
  @Field(() => [String], {
    nullable: true,
    description: 'Departments covered; null = all of government.',
  })
  departments!: string[] | null;
  @Field(() => SebCompositionRow) overall!: SebCompositionRow;
  @Field(() => SebCompositionTable) byGrade!: SebCompositionTable;
  @Field(() => SebCompositionTable) byDepartment!: SebCompositionTable;
  @Field(() => SebCompositionTable) byProfession!: SebCompositionTable;
  @Field(() => SebCompositionTable) byRegion!: SebCompositionTable;
  @Field(() => SebCompositionTable) byGender!: SebCompositionTable;
  @Field(() => SebCompositionTable) byEthnicity!: SebCompositionTable;
  @Field(() => SebCompositionTable) byDisability!: SebCompositionTable;
  @Field(() => SebCompositionTable, { description: 'Heterosexual / LGBO / not declared.' })
  bySexualOrientation!: SebCompositionTable;
  @Field(() => [SebBenchmark]) benchmarks!: SebBenchmark[];
  @Field(() => [SebShare], { description: 'Left in the last 12 months, of staff in that time.' })
  attrition!: SebShare[];
  @Field(() => [SebShare], { description: 'Had a temporary promotion in the last 12 months.' })
  temporaryPromotions!: SebShare[];
  @Field(() => [SebShare], { description: 'Had a successful EOI in the last 12 months.' })
  eoiSuccesses!: SebShare[];
  @Field(() => [FiveYearTarget]) targets!: FiveYearTarget[];
  /** Every composition table, for the `csv` field. */
  tables!: { dimension: string; composition: Composition }[];
}
