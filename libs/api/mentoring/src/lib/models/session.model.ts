import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MentoringSessionEntity } from '../entities/mentoring-session.entity';
import type { SessionFormat, SessionTopic } from '../rules/vocabulary';
import { SessionFormatEnum, SessionTopicEnum } from './enums';

@ObjectType('MentoringSession', { description: 'A logged meeting.' })
export class MentoringSession {
  @Field(() => ID) id!: string;
  @Field(() => ID) relationshipId!: string;
  @Field({ description: 'YYYY-MM-DD.' }) heldOn!: string;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => SessionFormatEnum) format!: SessionFormat;
  @Field(() => [SessionTopicEnum]) topics!: SessionTopic[];
  @Field() nextSteps!: string;
  @Field() createdAt!: Date;

  // Not fields: privateNote resolves only for its author.
  loggedById!: string;
  privateNoteText!: string | null;
}

export function sessionModel(entity: MentoringSessionEntity): MentoringSession {
  return {
    id: entity.id,
    relationshipId: entity.relationshipId,
    heldOn: entity.heldOn,
    durationMinutes: entity.durationMinutes,
    format: entity.format,
    topics: entity.topics,
    nextSteps: entity.nextSteps,
    createdAt: entity.createdAt,
    loggedById: entity.loggedBy,
    privateNoteText: entity.privateNote,
  };
}
