import { useReservedSharesQuery } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  Loading,
  ServiceProblem,
  Table,
  Tag,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { FlashBanner } from '../common/FlashBanner';
import { useHoldsAnyRole } from '../common/roles';
import { capText, overCap, reservedText } from './cap-form';

/** How much of each department's open accelerator roles talent schemes hold, against its cap. */
export function ReservedSharesPage() {
  useDocumentTitle('Roles reserved for talent schemes');
  const Link = useLinkComponent();
  const admin = useHoldsAnyRole(['admin']);
  const { data, error } = useReservedSharesQuery({ fetchPolicy: 'cache-and-network' });
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="the reserved shares" />;
  const shares = data.reservedShares;

  return (
    <>
      <BackLink href="/vacancies" text="All accelerator roles" />
      <FlashBanner />
      <h1 className="govuk-heading-l">Roles reserved for talent schemes</h1>
      <p className="govuk-body">
        A department may reserve only part of its open accelerator roles for talent schemes such as
        the Fast Stream, so the rest stay open to everyone. A role that would take a department over
        its cap cannot be published or reserved.
      </p>
      {shares.length === 0 ? (
        <p className="govuk-body">No department has a cap or an open accelerator role.</p>
      ) : (
        <Table
          caption="Open accelerator roles by department"
          captionSize="m"
          head={[
            { content: 'Department' },
            { content: 'Reserved of open roles' },
            { content: 'Cap' },
            ...(admin ? [{ content: <span className="govuk-visually-hidden">Action</span> }] : []),
          ]}
          rows={shares.map((share) => [
            { content: share.departmentName },
            {
              content: (
                <>
                  {reservedText(share)}
                  {overCap(share) && (
                    <>
                      {' '}
                      <Tag colour="red">Over the cap</Tag>
                    </>
                  )}
                </>
              ),
            },
            { content: capText(share) },
            ...(admin
              ? [
                  {
                    content: (
                      <Link
                        href={`/vacancies/reserved-share/cap?department=${encodeURIComponent(share.departmentCode)}`}
                        className="govuk-link"
                      >
                        Change
                        <span className="govuk-visually-hidden">
                          {' '}
                          the cap of {share.departmentName}
                        </span>
                      </Link>
                    ),
                  },
                ]
              : []),
          ])}
        />
      )}
      {admin && (
        <Button href="/vacancies/reserved-share/cap" variant="secondary">
          Set a department’s cap
        </Button>
      )}
    </>
  );
}
