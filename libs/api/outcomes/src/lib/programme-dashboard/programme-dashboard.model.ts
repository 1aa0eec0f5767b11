import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { SebCount, SebShare } from '../disclosure/cell.model';
import { OutcomeReportGroup } from '../report/outcome-report.model';

@InputType()
export class ProgrammeDashboardInput {
  @Field({ description: 'Programme code.' })
  @IsNotEmpty({ message: 'Enter the programme code' })
  @MaxLength(64)
  programme!: string;
}

@ObjectType({
  description: 'A programme at a glance, each figure by SEB group with cells under 10 suppressed.',
})
export class ProgrammeDashboard {
  @Field() programme!: string;
  @Field({ description: 'Today, the date the figures describe.' }) asOf!: string;
  @Field(() => [SebCount]) participants!: SebCount[];
  @Field(() => [SebCount], { description: 'Started and not yet ended.' })
  activeRelationships!: SebCount[];
  @Field(() => [SebCount], { description: 'Mentoring sessions logged, by the mentee’s group.' })
  sessionsLogged!: SebCount[];
  @Field(() => [SebShare], { description: 'Yes of those who answered.' })
  metExpectations!: SebShare[];
  @Field(() => [SebShare], { description: 'Yes of those who answered.' })
  sessionsInteresting!: SebShare[];
  @Field(() => [OutcomeReportGroup], {
    description: 'Progression within 12 months: the outcome report as of today.',
  })
  progression!: OutcomeReportGroup[];
}
