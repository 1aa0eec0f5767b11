import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const OUTBOX_PAGE_LIMIT = 100;

@ObjectType({ description: 'An e-mail header, e.g. List-Unsubscribe.' })
export class MailHeader {
  @Field() name!: string;
  @Field() value!: string;
}

@ObjectType({ description: 'An e-mail the local outbox transport "sent".' })
export class OutboxMessage {
  @Field(() => ID) id!: string;
  @Field({ description: 'The address it was sent to.' }) to!: string;
  @Field() subject!: string;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) html!: string | null;
  @Field(() => [MailHeader]) headers!: MailHeader[];
  @Field() createdAt!: Date;
}

@ObjectType()
export class OutboxPage {
  @Field(() => Int) total!: number;
  @Field(() => [OutboxMessage], { description: 'Newest first.' }) items!: OutboxMessage[];
}

@InputType()
export class OutboxInput {
  @Field(() => Int, { defaultValue: 20 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(OUTBOX_PAGE_LIMIT)
  limit!: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  offset!: number;
}
