import { useServiceInfoQuery } from '@pathways/web-graphql';
import { SummaryList, Tag } from '@pathways/web-ui';
import { phaseLabel } from '../app/phase-label';

/** What the API says about this installation: proof the page is talking to it. */
export function ServiceStatus() {
  const { data, error } = useServiceInfoQuery();
  return (
    <aside aria-labelledby="service-status-heading">
      <h2 className="govuk-heading-m" id="service-status-heading">
        About this service
      </h2>
      {error ? (
        <p className="govuk-body">Service details are not available at the moment.</p>
      ) : data ? (
        <SummaryList
          rows={[
            { key: 'Service', value: data.serviceInfo.name },
            { key: 'Phase', value: <Tag>{phaseLabel(data.serviceInfo.phase)}</Tag> },
            {
              key: 'Version',
              value: <span data-testid="service-version">{data.serviceInfo.version}</span>,
            },
          ]}
        />
      ) : (
        <p className="govuk-body" role="status">
          Loading service details…
        </p>
      )}
    </aside>
  );
}
