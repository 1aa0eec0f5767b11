import { useAuditEventsQuery } from '@pathways/web-graphql';
import {
  BackLink,
  FormErrorSummary,
  Loading,
  Table,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../session/useCurrentUser';
import { AUDIT_FILTER_FIELD_IDS } from './audit-filter-form';
import {
  AUDIT_PAGE_SIZE,
  auditActionLabel,
  auditDetailText,
  auditFilterInput,
  auditQueryFromParams,
  auditQueryHref,
} from './audit-query';
import { AuditFilterForm } from './AuditFilterForm';
import { formatDateTime } from './format';
import { pageCountOf } from './pagination';
import { Pagination } from './Pagination';

export function AuditLogPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { user } = useCurrentUser();
  const query = auditQueryFromParams(params);
  const form = useFormErrors(AUDIT_FILTER_FIELD_IDS, 'action');
  const { data, error } = useAuditEventsQuery({
    variables: { input: auditFilterInput(query) },
    fetchPolicy: 'network-only',
  });
  useDocumentTitle('Audit log', form.hasErrors);
  const person = (id: string | null | undefined) =>
    !id ? 'Pathways' : id === user?.personId ? 'You' : id;

  return (
    <>
      <BackLink href="/admin" />
      <FormErrorSummary errors={form.errors} />
      <h1 className="govuk-heading-l">Audit log</h1>
      <p className="govuk-body">
        Every read of sensitive data by someone other than its subject, every role change, import,
        export and erasure. Nobody can change or delete these records.
      </p>
      <AuditFilterForm
        key={params.toString()}
        query={query}
        form={form}
        onApply={(next) => navigate(auditQueryHref(next))}
      />
      {error ? (
        <p className="govuk-body">Sorry, the audit log could not be loaded. Try again later.</p>
      ) : !data ? (
        <Loading what="audit events" />
      ) : (
        <>
          <Table
            caption={`${data.auditEvents.total} ${data.auditEvents.total === 1 ? 'event' : 'events'}`}
            captionSize="m"
            head={[
              { content: 'When' },
              { content: 'Action' },
              { content: 'By' },
              { content: 'People affected' },
              { content: 'Details' },
            ]}
            rows={data.auditEvents.items.map((event) => [
              { content: formatDateTime(event.at) },
              { content: auditActionLabel(event.action) },
              { content: person(event.actorPersonId) },
              { content: event.subjectPersonIds.map(person).join(', ') || 'None' },
              { content: auditDetailText(event.detail) },
            ])}
          />
          <Pagination
            current={query.page}
            pageCount={pageCountOf(data.auditEvents.total, AUDIT_PAGE_SIZE)}
            hrefFor={(page) => auditQueryHref({ ...query, page })}
          />
        </>
      )}
    </>
  );
}
