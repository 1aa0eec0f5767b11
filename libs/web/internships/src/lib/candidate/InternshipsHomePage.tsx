import {
  InternshipsHomeDocument,
  useCurrentUserQuery,
  useInternshipsHomeQuery,
  useJoinCareLeaverNetworkMutation,
  type InternshipsHomeQuery,
} from '@pathways/web-graphql';
import {
  Button,
  Loading,
  NotificationBanner,
  ServiceProblem,
  SummaryList,
  Tag,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { longDate } from '../common/dates';
import { useFlash } from '../common/useFlash';
import { isCoordinator } from '../common/RequireCoordinator';
import { isDepartmentLead } from '../common/RequireDepartmentLead';

type Application = InternshipsHomeQuery['myInternshipApplications'][number];

/** Everyone's start: intakes to apply to, their own applications and offers, and their tasks. */
export function InternshipsHomePage() {
  useDocumentTitle('Care leaver internships');
  const flash = useFlash();
  const Link = useLinkComponent();
  const { data, error } = useInternshipsHomeQuery({ fetchPolicy: 'cache-and-network' });
  const { data: me } = useCurrentUserQuery();
  if (error) return <ServiceProblem />;
  if (!data) return <Loading />;
  const coordinates = isCoordinator(me?.me?.roles ?? []);
  const leadsDepartment = isDepartmentLead(me?.me?.roles ?? []);
  const managing = data.managedPlacements.length > 0;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {flash && <NotificationBanner type="success" heading={flash} />}
        <h1 className="govuk-heading-l">Care leaver internships</h1>
        <p className="govuk-body">
          Paid internships in government departments for young people who have been in care, with a
          trained line manager and a network of other interns.
        </p>
        {(coordinates || leadsDepartment || managing) && (
          <ul className="govuk-list">
            {coordinates && (
              <li>
                <Link href="/internships/manage" className="govuk-link">
                  Coordinate internship programmes
                </Link>
              </li>
            )}
            {leadsDepartment && (
              <li>
                <Link href="/internships/department" className="govuk-link">
                  Your department’s placements
                </Link>
              </li>
            )}
            {managing && (
              <li>
                <Link href="/internships/placements" className="govuk-link">
                  Placements you line manage
                </Link>
              </li>
            )}
          </ul>
        )}
        {data.myInternshipApplications.length > 0 && (
          <>
            <h2 className="govuk-heading-m">Your applications</h2>
            {data.myInternshipApplications.map((application) => (
              <ApplicationSummary key={application.id} application={application} />
            ))}
            <Network network={data.myCareLeaverNetwork} />
          </>
        )}
        <h2 className="govuk-heading-m">Intakes taking applications</h2>
        {data.openInternshipIntakes.length === 0 ? (
          <p className="govuk-body">No intakes are taking applications at the moment.</p>
        ) : (
          data.openInternshipIntakes.map((intake) => (
            <div key={intake.id} className="govuk-summary-card">
              <div className="govuk-summary-card__title-wrapper">
                <h3 className="govuk-summary-card__title">
                  {intake.programmeName}: {intake.name}
                </h3>
              </div>
              <div className="govuk-summary-card__content">
                <SummaryList
                  rows={[
                    { key: 'Applications close', value: longDate(intake.applicationsClose) },
                    { key: 'Internships start', value: longDate(intake.startDate) },
                  ]}
                />
                {intake.applied ? (
                  <Tag colour="green">Applied</Tag>
                ) : (
                  <p className="govuk-body">
                    <Link href={`/internships/apply/${intake.id}`} className="govuk-link">
                      Apply to {intake.name}
                    </Link>
                  </p>
                )}
              </div>
            </div>
          ))
        )}
      </div>
    </div>
  );
}

function ApplicationSummary({ application }: { application: Application }) {
  const Link = useLinkComponent();
  const offer = application.offer;
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          {application.programmeName}: {application.intakeName}
        </h3>
      </div>
      <div className="govuk-summary-card__content">
        {!offer && (
          <p className="govuk-body">
            <Tag colour="grey">Waiting</Tag> We will tell you here when you are offered a placement.
          </p>
        )}
        {offer?.status === 'offered' && (
          <>
            <p className="govuk-body">
              <Tag colour="purple">Offered</Tag> You have been offered a placement in{' '}
              {offer.departmentName}, starting on {longDate(offer.startDate)}.
            </p>
            <p className="govuk-body">
              <Link href={`/internships/offers/${offer.matchId}`} className="govuk-link">
                View the offer and answer it
              </Link>
            </p>
          </>
        )}
        {offer?.status === 'accepted' && (
          <>
            <p className="govuk-body">
              <Tag colour="green">Accepted</Tag> You accepted this placement.
            </p>
            <SummaryList
              rows={[
                { key: 'Department', value: offer.departmentName },
                { key: 'Team', value: offer.team },
                { key: 'Grade', value: offer.gradeCode },
                { key: 'Where', value: offer.regionName },
                { key: 'Line manager', value: offer.lineManagerName },
                {
                  key: 'Dates',
                  value: `${longDate(offer.startDate)} to ${longDate(offer.endDate)}`,
                },
              ]}
            />
          </>
        )}
        {offer?.status !== 'accepted' && (
          <p className="govuk-body">
            <Link
              href={`/internships/applications/${application.id}/withdraw`}
              className="govuk-link"
            >
              Withdraw your application
              <span className="govuk-visually-hidden"> to {application.intakeName}</span>
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}

function Network({ network }: { network: InternshipsHomeQuery['myCareLeaverNetwork'] }) {
  const [join, { loading }] = useJoinCareLeaverNetworkMutation({
    refetchQueries: [{ query: InternshipsHomeDocument }],
    awaitRefetchQueries: true,
  });
  if (!network.canJoin) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Care leaver peer network</h2>
      {network.member ? (
        <p className="govuk-body">
          <Tag colour="green">Member</Tag> You joined the network on {longDate(network.joinedAt)}.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            Interns support each other through learning, development and sharing experiences.
            Joining is up to you. The network’s leads can see who its members are.
          </p>
          <Button type="button" variant="secondary" disabled={loading} onClick={() => void join()}>
            Join the care leaver peer network
          </Button>
        </>
      )}
    </>
  );
}
