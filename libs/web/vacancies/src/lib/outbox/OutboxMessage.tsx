import type { OutboxQuery } from '@pathways/web-graphql';
import { PreservedText, SummaryList } from '@pathways/web-ui';
import { formatDateTime } from '../common/dates';
import { bodyWithoutUnsubscribe, unsubscribeUrl } from './outbox-message';

export type OutboxItem = OutboxQuery['outbox']['items'][number];

/** One e-mail as it was sent: to whom, when, the subject and the text, and how to stop them. */
export function OutboxMessage({ message }: { message: OutboxItem }) {
  const stop = unsubscribeUrl(message);
  return (
    <article className="govuk-summary-card" aria-labelledby={`message-${message.id}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title" id={`message-${message.id}`}>
          {message.subject}
        </h2>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList
          rows={[
            { key: 'To', value: message.to },
            { key: 'Sent', value: formatDateTime(message.createdAt) },
          ]}
        />
        <p className="govuk-body">
          <PreservedText text={bodyWithoutUnsubscribe(message.text)} />
        </p>
        {stop && (
          <p className="govuk-body govuk-!-margin-bottom-0">
            {/* The API's own page: it works without signing in, as it must from an e-mail. */}
            <a href={stop} className="govuk-link">
              Stop these e-mails
              <span className="govuk-visually-hidden"> about {message.subject}</span>
            </a>
          </p>
        )}
      </div>
    </article>
  );
}
