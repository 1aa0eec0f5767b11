import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { OutcomeReport as OutcomeReportJson, OutcomeReportRow } from '@pathways/domain-stats';
import { IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';

@InputType()
export class OutcomeReportInput {
  @Field({ description: 'Programme code, e.g. CATAPULT.' })
  @IsNotEmpty({ message: 'Enter the programme code' })
  @MaxLength(64)
  programme!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Enter a date as YYYY-MM-DD' })
  asOf?: string | null;
}

@ObjectType({
  description:
    'One SEB group of the outcome report (contracts.md). Suppressed rows have every figure null.',
})
export class OutcomeReportGroup {
  @Field({ description: 'professional, intermediate, lower, unknown or all.' }) sebGroup!: string;
  @Field() suppressed!: boolean;
  @Field(() => Int, { nullable: true }) participants!: number | null;
  @Field(() => Int, { nullable: true }) mature!: number | null;
  @Field(() => Int, { nullable: true }) progressed!: number | null;
  @Field(() => Float, { nullable: true }) rate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Wilson 95% interval.' }) ciLow!:
    number | null;
  @Field(() => Float, { nullable: true }) ciHigh!: number | null;
  @Field(() => Int, { nullable: true }) comparisonMature!: number | null;
  @Field(() => Int, { nullable: true }) comparisonProgressed!: number | null;
  @Field(() => Float, { nullable: true }) comparisonRate!: number | null;
  @Field(() => Float, { nullable: true }) pValue!: number | null;
  @Field(() => Float, { nullable: true }) metExpectations!: number | null;
  @Field(() => Float, { nullable: true }) sessionsInteresting!: number | null;
}

@ObjectType()
export class OutcomeReport {
  @Field() programme!: string;
  @Field() asOf!: string;
  @Field(() => [OutcomeReportGroup]) groups!: OutcomeReportGroup[];
  /** Kept for the `csv` field, which formats exactly what contracts.md fixes. */
  json!: OutcomeReportJson;
}

export function outcomeReportGroup(row: OutcomeReportRow): OutcomeReportGroup {
  return {
    sebGroup: row.seb_group,
    suppressed: row.suppressed,
    participants: row.participants,
    mature: row.mature,
    progressed: row.progressed,
    rate: row.rate,
    ciLow: row.ci_low,
    ciHigh: row.ci_high,
    comparisonMature: row.comparison_mature,
    comparisonProgressed: row.comparison_progressed,
    comparisonRate: row.comparison_rate,
    pValue: row.p_value,
    metExpectations: row.met_expectations,
    sessionsInteresting: row.sessions_interesting,
  };
}

export function outcomeReportModel(report: OutcomeReportJson): OutcomeReport {
  return {
    programme: report.programme,
    asOf: report.as_of,
    groups: report.groups.map(outcomeReportGroup),
    json: report,
  };
}
