import {
  MyNotificationsDocument,
  UnreadNotificationCountDocument,
  useMarkAllNotificationsReadMutation,
  useMarkNotificationReadMutation,
  useMyNotificationsQuery,
} from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  Button,
  Loading,
  type Problem,
  ServiceProblem,
  Tag,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { useState } from 'react';
import { problemsFrom } from '../common/graphql-errors';
import { formatDate } from '../vocabulary/dates';
import { safeNotificationLink } from './notification-link';

export function NotificationsPage() {
  useDocumentTitle('Notifications');
  const Link = useLinkComponent();
  const { data, error } = useMyNotificationsQuery({ fetchPolicy: 'cache-and-network' });
  const refetchQueries = [
    { query: MyNotificationsDocument },
    { query: UnreadNotificationCountDocument },
  ];
  const [markOne, one] = useMarkNotificationReadMutation({ refetchQueries });
  const [markAll, all] = useMarkAllNotificationsReadMutation({ refetchQueries });
  const [problems, setProblems] = useState<Problem[]>([]);
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="your notifications" />;
  const notifications = data.myNotifications;
  const unread = notifications.filter((notification) => !notification.readAt).length;
  const act = async (action: () => Promise<unknown>) => {
    setProblems([]);
    try {
      await action();
    } catch (failure) {
      setProblems(problemsFrom(failure));
    }
  };

  return (
    <>
      <ActionErrorSummary problems={problems} target="notifications" />
      <h1 className="govuk-heading-l">Notifications</h1>
      {unread > 0 && (
        <Button
          variant="secondary"
          type="button"
          disabled={all.loading}
          onClick={() => void act(() => markAll())}
        >
          Mark all as read
        </Button>
      )}
      <div id="notifications">
        {notifications.length === 0 ? (
          <p className="govuk-body">You have no notifications.</p>
        ) : (
          <ul className="govuk-list">
            {notifications.map((notification) => {
              const link = safeNotificationLink(notification.link);
              return (
                <li key={notification.id} className="govuk-!-margin-bottom-6">
                  <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                    {!notification.readAt && (
                      <>
                        <Tag colour="blue">New</Tag>{' '}
                      </>
                    )}
                    {link ? (
                      <Link
                        href={link}
                        className="govuk-link"
                        onClick={() => {
                          if (!notification.readAt)
                            void markOne({ variables: { input: { id: notification.id } } }).catch(
                              () => undefined,
                            );
                        }}
                      >
                        {notification.title}
                      </Link>
                    ) : (
                      notification.title
                    )}
                  </h2>
                  <p className="govuk-body govuk-!-margin-bottom-1">{notification.body}</p>
                  <p className="govuk-body-s govuk-!-margin-bottom-1">
                    {formatDate(notification.createdAt)}
                  </p>
                  {!notification.readAt && (
                    <Button
                      variant="secondary"
                      type="button"
                      disabled={one.loading}
                      onClick={() =>
                        void act(() => markOne({ variables: { input: { id: notification.id } } }))
                      }
                    >
                      Mark as read
                      <span className="govuk-visually-hidden">: {notification.title}</span>
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </>
  );
}
