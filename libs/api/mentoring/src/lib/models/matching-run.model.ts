import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MatchingRunEntity } from '../entities/matching-run.entity';
import { CohortApplicant } from './application.model';
import { Relationship } from './relationship.model';

@ObjectType({ description: "A cohort's latest matching run and the pairs as they stand now." })
export class MatchingRun {
  @Field(() => ID) id!: string;
  @Field(() => ID) cohortId!: string;
  @Field() createdAt!: Date;
  @Field(() => Int) menteeCount!: number;
  @Field(() => Int) mentorCount!: number;
  @Field(() => Int) matchedCount!: number;
  @Field(() => Float) totalScore!: number;
  @Field(() => [Relationship], {
    description: 'Live pairs of the cohort (suggested, proposed, active), best score first.',
  })
  pairs!: Relationship[];
  @Field(() => [CohortApplicant], { description: 'Applicants with no live pair.' })
  unmatched!: CohortApplicant[];
}

export function runSummary(entity: MatchingRunEntity) {
  return {
    id: entity.id,
    cohortId: entity.cohortId,
    createdAt: entity.createdAt,
    menteeCount: entity.menteeCount,
    mentorCount: entity.mentorCount,
    matchedCount: entity.matchedCount,
    totalScore: entity.totalScore,
  };
}

@ObjectType({ description: 'One SEB group of the mentees in a run; counts of 1–9 are withheld.' })
export class FairnessRow {
  @Field({ description: 'professional, intermediate, lower, unknown, or all.' }) sebGroup!: string;
  @Field() suppressed!: boolean;
  @Field(() => Int, { nullable: true }) mentees!: number | null;
  @Field(() => Int, { nullable: true }) matched!: number | null;
  @Field(() => Float, { nullable: true, description: 'Fraction 0..1.' }) matchRate!: number | null;
  @Field(() => Float, { nullable: true }) meanScore!: number | null;
}

@ObjectType({ description: 'Match rate and mean score by SEB group: aggregates only.' })
export class MatchingFairness {
  @Field(() => ID) runId!: string;
  @Field() createdAt!: Date;
  @Field(() => [FairnessRow]) rows!: FairnessRow[];
}
