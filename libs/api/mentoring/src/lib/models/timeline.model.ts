import { Field, ObjectType } from '@nestjs/graphql';
import { TimelineEventKind, TimelineEventKindEnum } from './enums';
import { Relationship } from './relationship.model';
import { MentoringSession } from './session.model';

@ObjectType()
export class TimelineEvent {
  @Field(() => TimelineEventKindEnum) kind!: TimelineEventKind;
  @Field({ description: 'When it happened.' }) at!: Date;
  @Field() title!: string;
  @Field(() => MentoringSession, { nullable: true }) session!: MentoringSession | null;
}

@ObjectType({ description: 'A relationship and what has happened in it, oldest first.' })
export class RelationshipTimeline {
  @Field(() => Relationship) relationship!: Relationship;
  @Field(() => [TimelineEvent]) events!: TimelineEvent[];
}
