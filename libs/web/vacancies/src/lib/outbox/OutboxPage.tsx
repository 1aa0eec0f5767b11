import { useOutboxQuery } from '@pathways/web-graphql';
import { Loading, Pagination, ServiceProblem, useDocumentTitle } from '@pathways/web-ui';
import { useSearchParams } from 'react-router-dom';
import { useHoldsAnyRole } from '../common/roles';
import { OutboxMessage } from './OutboxMessage';
import { OUTBOX_PAGE_SIZE, outboxPageFromSearch } from './outbox-message';

/**
 * The local outbox: in the default setup e-mails are kept here instead of being sent. Everyone
 * sees what was sent to them; admins see every message.
 */
export function OutboxPage() {
  useDocumentTitle('Outbox');
  const [search] = useSearchParams();
  const page = outboxPageFromSearch(search);
  const admin = useHoldsAnyRole(['admin']);
  const { data, error } = useOutboxQuery({
    variables: { input: { limit: OUTBOX_PAGE_SIZE, offset: (page - 1) * OUTBOX_PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="the outbox" />;
  const { items, total } = data.outbox;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Outbox</h1>
        <p className="govuk-body">
          {admin
            ? 'Every e-mail Pathways has sent, newest first.'
            : 'The e-mails Pathways has sent you, newest first.'}{' '}
          This service keeps them here instead of sending them.
        </p>
        {items.length === 0 ? (
          <p className="govuk-body">There are no e-mails yet.</p>
        ) : (
          items.map((message) => <OutboxMessage key={message.id} message={message} />)
        )}
        <Pagination
          page={page}
          pages={Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE))}
          hrefOf={(to) => (to > 1 ? `/outbox?page=${to}` : '/outbox')}
        />
      </div>
    </div>
  );
}
