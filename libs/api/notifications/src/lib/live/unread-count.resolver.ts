import { Int, Resolver, Subscription } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser } from '@pathways/api-core';
import { UnreadCountFeed } from './unread-count-feed.service';

/** Only ever the subscriber's own count: the stream is chosen by the socket's session. */
@Resolver()
export class UnreadCountResolver {
  constructor(private readonly feed: UnreadCountFeed) {}

  @Subscription(() => Int, {
    description: 'The signed-in person’s unread notification count: now, then after each change.',
    resolve: (count: number) => count,
  })
  unreadNotificationCountChanged(
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AsyncIterableIterator<number>> {
    return this.feed.subscribe(user.personId);
  }
}
