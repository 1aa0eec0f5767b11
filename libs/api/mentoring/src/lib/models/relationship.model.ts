import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { RelationshipEntity, RelationshipStatus } from '../entities/relationship.entity';
import { RelationshipRoleEnum, RelationshipStatusEnum, RelationshipViewer } from './enums';

@ObjectType({
  description:
    'A mentee–mentor pair from suggestion to its end. Leads of the programme and the two members see it.',
})
export class Relationship {
  @Field(() => ID) id!: string;
  @Field(() => ID) cohortId!: string;
  @Field(() => RelationshipStatusEnum) status!: RelationshipStatus;
  @Field(() => Float) score!: number;
  @Field(() => [String], { description: 'Which matching criteria the pair met.' })
  explanation!: string[];
  @Field({ description: 'Paired by hand: kept by every re-run.' }) locked!: boolean;
  @Field(() => Date, { nullable: true }) proposedAt!: Date | null;
  @Field(() => Date, { nullable: true }) mentorAcceptedAt!: Date | null;
  @Field(() => Date, { nullable: true }) menteeAcceptedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) startedOn!: string | null;
  @Field(() => String, { nullable: true }) endedOn!: string | null;
  @Field(() => String, { nullable: true }) endReason!: string | null;
  @Field(() => RelationshipRoleEnum, { description: 'How you see this relationship.' })
  viewer!: RelationshipViewer;

  // Not fields: used by field resolvers.
  menteeApplicationId!: string;
  menteePersonId!: string;
  mentorOfferId!: string;
  mentorPersonId!: string;
  declinedBy!: string | null;
  declineReasonText!: string | null;
}

export function relationshipModel(
  entity: RelationshipEntity,
  viewer: RelationshipViewer,
): Relationship {
  return {
    id: entity.id,
    cohortId: entity.cohortId,
    status: entity.status,
    score: entity.score,
    explanation: entity.explanation,
    locked: entity.locked,
    proposedAt: entity.proposedAt,
    mentorAcceptedAt: entity.mentorAcceptedAt,
    menteeAcceptedAt: entity.menteeAcceptedAt,
    startedOn: entity.startedOn,
    endedOn: entity.endedOn,
    endReason: entity.endReason,
    viewer,
    menteeApplicationId: entity.menteeApplicationId,
    menteePersonId: entity.menteePersonId,
    mentorOfferId: entity.mentorOfferId,
    mentorPersonId: entity.mentorPersonId,
    declinedBy: entity.declinedBy,
    declineReasonText: entity.declineReason,
  };
}
