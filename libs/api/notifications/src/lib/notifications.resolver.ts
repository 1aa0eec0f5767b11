import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser } from '@pathways/api-core';
import {
  MarkNotificationReadInput,
  MyNotificationsInput,
  Notification,
} from './notification.model';
import { NotificationsService } from './notifications.service';

/** Only ever the caller's own notifications. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => [Notification], { description: 'Newest first.' })
  myNotifications(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input', { type: () => MyNotificationsInput, nullable: true })
    input?: MyNotificationsInput,
  ) {
    return this.notifications.forPerson(
      user.personId,
      input?.unreadOnly ?? false,
      input?.limit ?? 50,
    );
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentUser() user: AuthenticatedUser) {
    return this.notifications.unreadCount(user.personId);
  }

  @Mutation(() => Notification)
  markNotificationRead(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: MarkNotificationReadInput,
  ) {
    return this.notifications.markRead(user.personId, input.id);
  }

  @Mutation(() => Int, { description: 'Marks every unread notification read; returns how many.' })
  markAllNotificationsRead(@CurrentUser() user: AuthenticatedUser) {
    return this.notifications.markAllRead(user.personId);
  }
}
