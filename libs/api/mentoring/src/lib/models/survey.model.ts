import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SurveyKind } from '../rules/survey-schedule';
import { SurveyKindEnum } from './enums';
import { Relationship } from './relationship.model';

@ObjectType({ description: 'A survey you owe: a check-in, or the close-out survey.' })
export class DueSurvey {
  @Field(() => ID) relationshipId!: string;
  @Field(() => Relationship) relationship!: Relationship;
  @Field(() => SurveyKindEnum) kind!: SurveyKind;
  @Field({ description: 'YYYY-MM-DD.' }) dueOn!: string;
}

@ObjectType()
export class SurveyResponse {
  @Field(() => ID) id!: string;
  @Field(() => ID) relationshipId!: string;
  @Field(() => SurveyKindEnum) kind!: SurveyKind;
  @Field() dueOn!: string;
  @Field(() => Int) rating!: number;
  @Field(() => Boolean, { nullable: true }) metExpectations!: boolean | null;
  @Field(() => Boolean, { nullable: true }) sessionsInteresting!: boolean | null;
  @Field() comments!: string;
  @Field() submittedAt!: Date;
}
