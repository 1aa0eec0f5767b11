import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'A published count: null and suppressed ([c]) when it could identify people.',
})
export class InternshipReportCell {
  @Field(() => Int, { nullable: true }) value!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => Float, {
    nullable: true,
    description: 'Of the row total; null when either is withheld.',
  })
  share!: number | null;
}

@ObjectType()
export class InternshipReportRow {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => [InternshipReportCell]) cells!: InternshipReportCell[];
  @Field(() => InternshipReportCell) total!: InternshipReportCell;
}

@ObjectType({ description: 'Counts of people, through primary and secondary suppression.' })
export class InternshipReportTable {
  @Field(() => [String]) columns!: string[];
  @Field(() => [InternshipReportRow]) rows!: InternshipReportRow[];
  @Field(() => [InternshipReportCell]) totals!: InternshipReportCell[];
  @Field(() => InternshipReportCell) grandTotal!: InternshipReportCell;
}

@ObjectType({ description: 'Aggregates of an internship programme, with disclosure control.' })
export class InternshipReport {
  @Field(() => ID) programmeId!: string;
  @Field() programmeCode!: string;
  @Field() programmeName!: string;
  @Field() asOf!: string;
  @Field(() => InternshipReportTable, { description: 'Placements offered: department by grade.' })
  placementsByDepartment!: InternshipReportTable;
  @Field(() => InternshipReportTable, { description: 'Line manager training, by intake.' })
  training!: InternshipReportTable;
  @Field(() => InternshipReportTable, {
    description: 'End-of-placement outcomes of interns, by intake.',
  })
  outcomes!: InternshipReportTable;
  @Field(() => InternshipReportTable, {
    description:
      'Interns 12 months past their placement end: progressed (a promotion, temporary promotion or lateral move from the end date to 12 months after) or not, by intake.',
  })
  progression!: InternshipReportTable;
}
