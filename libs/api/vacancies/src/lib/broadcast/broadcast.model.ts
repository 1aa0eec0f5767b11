import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsUUID } from 'class-validator';
import type { FanoutAudience } from '../delivery/alert-fanout.entity';
import { BroadcastAudienceEnum } from '../graphql-enums';

@InputType()
export class BroadcastVacancyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'vacancyId must be a vacancy id' })
  vacancyId!: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'Choose at least one network' })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'networkIds must be network ids' })
  networkIds!: string[];

  @Field(() => BroadcastAudienceEnum, { defaultValue: 'matching' })
  @IsIn(['matching', 'all'], { message: 'Choose who in the networks to alert' })
  audience!: FanoutAudience;
}

@ObjectType({
  description: 'A lead’s request to alert networks about a vacancy; delivery follows.',
})
export class VacancyBroadcast {
  @Field(() => ID) id!: string;
  @Field(() => ID) vacancyId!: string;
  @Field(() => [ID]) networkIds!: string[];
  @Field(() => BroadcastAudienceEnum) audience!: FanoutAudience;
  @Field() createdAt!: Date;
}
