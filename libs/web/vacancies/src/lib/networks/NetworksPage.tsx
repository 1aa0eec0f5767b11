import { useNetworksQuery } from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  Button,
  Loading,
  NotificationBanner,
  ServiceProblem,
  Tag,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { FlashBanner } from '../common/FlashBanner';
import { NETWORK_KIND_LABELS } from '../common/labels';
import { NETWORK_LEAD_ROLES, useHoldsAnyRole } from '../common/roles';
import { useReferenceData } from '../common/useReferenceData';
import { MembershipButton } from './MembershipButton';
import { departmentsText, networksInOrder } from './network-view';
import { useMembership } from './useMembership';

export function NetworksPage() {
  useDocumentTitle('Networks');
  const Link = useLinkComponent();
  const { data, error } = useNetworksQuery({ fetchPolicy: 'cache-and-network' });
  const { reference, error: referenceError } = useReferenceData();
  const membership = useMembership();
  const lead = useHoldsAnyRole(NETWORK_LEAD_ROLES);
  if (error || referenceError) return <ServiceProblem />;
  if (!data || !reference) return <Loading what="networks" />;

  return (
    <>
      <FlashBanner />
      <ActionErrorSummary problems={membership.problems} target="networks" />
      {membership.done && <NotificationBanner type="success" heading={membership.done} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Networks</h1>
          <p className="govuk-body">
            Staff networks share accelerator roles with their members. Only you and a network’s
            leads can see that you are a member.
          </p>
          {lead && (
            <Button href="/networks/new" variant="secondary">
              Create a network
            </Button>
          )}
          <div id="networks" tabIndex={-1}>
            {data.networks.length === 0 && <p className="govuk-body">There are no networks yet.</p>}
            {networksInOrder(data.networks).map((network) => (
              <div key={network.id} className="govuk-!-margin-bottom-8">
                <h2 className="govuk-heading-m govuk-!-margin-bottom-2">
                  <Link href={`/networks/${network.id}`} className="govuk-link">
                    {network.name}
                  </Link>
                </h2>
                <p className="govuk-body-s govuk-!-margin-bottom-2">
                  <Tag colour="purple">{NETWORK_KIND_LABELS[network.kind]}</Tag>{' '}
                  {network.joined && <Tag colour="green">Member</Tag>}{' '}
                  {network.leading && <Tag colour="teal">You lead it</Tag>}
                </p>
                {network.description && <p className="govuk-body">{network.description}</p>}
                <p className="govuk-body-s">{departmentsText(network, reference)}</p>
                <MembershipButton network={network} actions={membership} />
              </div>
            ))}
          </div>
        </div>
      </div>
    </>
  );
}
