import type { RelationshipTimelineQuery } from '@pathways/web-graphql';
import { PreservedText, SummaryList } from '@pathways/web-ui';
import { formatDate, formatMinutes } from '../vocabulary/dates';
import { FORMAT_LABELS, personName, topicList } from '../vocabulary/labels';

type TimelineEvent = RelationshipTimelineQuery['relationshipTimeline']['events'][number];
type Session = NonNullable<TimelineEvent['session']>;

/** What has happened, oldest first, as the API orders it. */
export function Timeline({ events }: { events: readonly TimelineEvent[] }) {
  return (
    <ol className="govuk-list">
      {events.map((event, index) => (
        <li key={`${event.kind}-${event.at}-${index}`} className="govuk-!-margin-bottom-6">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{event.title}</h3>
          <p className="govuk-body-s govuk-!-margin-bottom-2">
            {formatDate(event.session?.heldOn ?? event.at)}
          </p>
          {event.session && <SessionDetails session={event.session} />}
        </li>
      ))}
    </ol>
  );
}

function SessionDetails({ session }: { session: Session }) {
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Length', value: formatMinutes(session.durationMinutes) },
          { key: 'How', value: FORMAT_LABELS[session.format] },
          { key: 'Topics', value: topicList(session.topics) || 'None recorded' },
          {
            key: 'Next steps',
            value: session.nextSteps ? <PreservedText text={session.nextSteps} /> : 'None recorded',
          },
          { key: 'Logged by', value: session.loggedByMe ? 'You' : personName(session.loggedBy) },
        ]}
      />
      {session.privateNote != null && (
        <div className="govuk-inset-text">
          <h4 className="govuk-heading-s govuk-!-margin-bottom-1">Your private note</h4>
          <p className="govuk-hint govuk-!-margin-bottom-2">Only you can see this</p>
          <p className="govuk-body govuk-!-margin-bottom-0">
            <PreservedText text={session.privateNote} />
          </p>
        </div>
      )}
    </>
  );
}
