import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { NOTIFICATION_PAGE_LIMIT } from './notifications.service';

@ObjectType({ description: 'An in-app message to the signed-in person.' })
export class Notification {
  @Field(() => ID) id!: string;
  @Field({ description: 'What happened, e.g. proposal.approved or proposal.reminder.' })
  kind!: string;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => String, { nullable: true, description: 'A path in the web app to act on it.' })
  link!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}

@InputType()
export class MyNotificationsInput {
  @Field({ defaultValue: false })
  @IsOptional()
  @IsBoolean()
  unreadOnly!: boolean;

  @Field(() => Int, { defaultValue: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(NOTIFICATION_PAGE_LIMIT)
  limit!: number;
}

@InputType()
export class MarkNotificationReadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a notification id' })
  id!: string;
}
