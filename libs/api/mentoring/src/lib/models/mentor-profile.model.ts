import { Field, ObjectType } from '@nestjs/graphql';
import type { SessionTopic } from '../rules/vocabulary';
import { SessionTopicEnum } from './enums';
import { PersonBrief } from './person-brief.model';

@ObjectType({ description: 'A mentor as their mentee and the lead see them.' })
export class MentorProfile {
  @Field(() => PersonBrief) person!: PersonBrief;
  @Field(() => [SessionTopicEnum]) topics!: SessionTopic[];
  @Field(() => [String]) professions!: string[];
}
