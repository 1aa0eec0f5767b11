import {
  MyNotificationsDocument,
  UnreadNotificationCountDocument,
  useUnreadNotificationCountChangedSubscription,
  useUnreadNotificationCountQuery,
  type UnreadNotificationCountQuery,
} from '@pathways/web-graphql';

/**
 * The signed-in person's unread notification count, live: the subscription sends it on
 * connecting and after every change. Each value goes into the cache of the count query (which
 * the notifications page refetches too), and a list of notifications on screen is reloaded.
 */
export function useUnreadCount(signedIn: boolean): number {
  const { data } = useUnreadNotificationCountQuery({ skip: !signedIn });
  useUnreadNotificationCountChangedSubscription({
    skip: !signedIn,
    onData: ({ client, data: live }) => {
      const count = live.data?.unreadNotificationCountChanged;
      if (count === undefined) return;
      const previous = client.readQuery<UnreadNotificationCountQuery>({
        query: UnreadNotificationCountDocument,
      });
      client.writeQuery<UnreadNotificationCountQuery>({
        query: UnreadNotificationCountDocument,
        data: { unreadNotificationCount: count },
      });
      if (previous && previous.unreadNotificationCount !== count)
        void client.refetchQueries({ include: [MyNotificationsDocument] });
    },
  });
  return data?.unreadNotificationCount ?? 0;
}
