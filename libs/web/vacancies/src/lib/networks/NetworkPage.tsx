import { useNetworkQuery } from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  BackLink,
  Loading,
  NotificationBanner,
  SummaryList,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { useParams } from 'react-router-dom';
import { FlashBanner } from '../common/FlashBanner';
import { NETWORK_KIND_LABELS } from '../common/labels';
import { QueryProblem } from '../common/QueryProblem';
import { useReferenceData } from '../common/useReferenceData';
import { MembersTable } from './MembersTable';
import { MembershipButton } from './MembershipButton';
import { departmentsText } from './network-view';
import { useMembership } from './useMembership';

/** A network's details for everyone; its members, and changing it, for its leads. */
export function NetworkPage() {
  const { networkId = '' } = useParams();
  const Link = useLinkComponent();
  const { data, error } = useNetworkQuery({
    variables: { input: { networkId } },
    fetchPolicy: 'cache-and-network',
  });
  const { reference, error: referenceError } = useReferenceData();
  const membership = useMembership();
  useDocumentTitle(data?.network.name ?? 'Network');
  if (error || referenceError)
    return <QueryProblem error={error ?? referenceError} who="members" />;
  if (!data || !reference) return <Loading what="the network" />;
  const network = data.network;

  return (
    <>
      <BackLink href="/networks" text="All networks" />
      <FlashBanner />
      <ActionErrorSummary problems={membership.problems} target="membership" />
      {membership.done && <NotificationBanner type="success" heading={membership.done} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{NETWORK_KIND_LABELS[network.kind]} network</span>
          <h1 className="govuk-heading-l">{network.name}</h1>
          {network.description && <p className="govuk-body">{network.description}</p>}
          <SummaryList
            rows={[
              { key: 'Departments', value: departmentsText(network, reference) },
              { key: 'Code', value: network.code },
              { key: 'Your membership', value: network.joined ? 'Member' : 'Not a member' },
            ]}
          />
          <div id="membership" tabIndex={-1}>
            <MembershipButton network={network} actions={membership} />
          </div>
          {network.leading && (
            <p className="govuk-body">
              <Link href={`/networks/${network.id}/edit`} className="govuk-link">
                Change the network’s details
              </Link>
            </p>
          )}
        </div>
      </div>
      {network.leading && <MembersTable networkId={network.id} reference={reference} />}
    </>
  );
}
