import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MatchStatus } from '../entities/internship-match.entity';
import { ApplicantStatus, ApplicantStatusEnum, MatchStatusEnum } from './enums';
import { InternshipIntakeSummary, InternshipSettingsModel } from './internship-programme.model';
import { IntakePlacement } from './placement.model';
import { PlacementPerson } from './placement-person.model';

@ObjectType({
  description:
    'An applicant as the coordinator sees them: eligible by the scheme’s rules (ineligible applications are refused), never their care details.',
})
export class IntakeApplicant {
  @Field(() => ID) applicationId!: string;
  @Field(() => PlacementPerson) person!: PlacementPerson;
  @Field(() => [String], { description: 'Region names; empty = any region.' })
  preferredRegions!: string[];
  @Field(() => [String], { description: 'Kinds of work; empty = no preference.' })
  preferredWork!: string[];
  @Field(() => ApplicantStatusEnum) status!: ApplicantStatus;
  @Field() appliedAt!: Date;
}

@ObjectType({ description: 'A candidate paired with a placement by matching.' })
export class InternshipMatch {
  @Field(() => ID) id!: string;
  @Field(() => MatchStatusEnum) status!: MatchStatus;
  @Field(() => Float) score!: number;
  @Field(() => [String]) explanation!: string[];
  @Field(() => PlacementPerson) candidate!: PlacementPerson;
  @Field(() => ID) placementId!: string;
  @Field({ description: 'e.g. "Justice, Digital team, EO, London".' }) placementSummary!: string;
}

@ObjectType({ description: 'An intake as its coordinator sees it.' })
export class InternshipIntake extends InternshipIntakeSummary {
  @Field(() => ID) programmeId!: string;
  @Field() programmeCode!: string;
  @Field() programmeName!: string;
  @Field(() => InternshipSettingsModel) settings!: InternshipSettingsModel;
  @Field(() => [IntakePlacement]) placements!: IntakePlacement[];
  @Field(() => [IntakeApplicant]) applicants!: IntakeApplicant[];
  @Field(() => [InternshipMatch], { description: 'Suggested, offered, accepted and declined.' })
  matches!: InternshipMatch[];
  @Field(() => Int, {
    description: 'Placements with an outcome recorded: the coordinator’s own count, not published.',
  })
  recordedOutcomes!: number;
  @Field(() => Int, { description: 'Placements whose line manager has not done the training.' })
  trainingOutstanding!: number;
}
