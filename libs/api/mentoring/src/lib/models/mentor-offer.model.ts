import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MentorOfferEntity } from '../entities/mentor-offer.entity';
import type { SessionTopic } from '../rules/vocabulary';
import { SessionTopicEnum } from './enums';

@ObjectType({ description: "A mentor's offer to a cohort." })
export class MentorOffer {
  @Field(() => ID) id!: string;
  @Field(() => ID) cohortId!: string;
  @Field(() => Int) capacity!: number;
  @Field(() => [SessionTopicEnum]) topics!: SessionTopic[];
  @Field(() => [String]) professions!: string[];
  @Field() paused!: boolean;
  personId!: string;
}

export function mentorOfferModel(entity: MentorOfferEntity): MentorOffer {
  return {
    id: entity.id,
    cohortId: entity.cohortId,
    capacity: entity.capacity,
    topics: entity.topics as SessionTopic[],
    professions: entity.professions,
    paused: entity.paused,
    personId: entity.personId,
  };
}
