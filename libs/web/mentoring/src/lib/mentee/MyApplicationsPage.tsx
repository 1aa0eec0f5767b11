import { useMyApplicationsQuery } from '@pathways/web-graphql';
import {
  BackLink,
  Loading,
  ServiceProblem,
  Table,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { FlashBanner } from '../common/FlashBanner';
import { StatusTagOf } from '../common/StatusTagOf';
import { formatDate } from '../vocabulary/dates';
import { APPLICATION_STATUS_TAGS } from '../vocabulary/status';

export function MyApplicationsPage() {
  useDocumentTitle('Your applications');
  const Link = useLinkComponent();
  const { data, error } = useMyApplicationsQuery({ fetchPolicy: 'cache-and-network' });
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="your applications" />;
  const applications = data.myApplications;
  return (
    <>
      <BackLink href="/mentoring" text="Mentoring" />
      <FlashBanner />
      <h1 className="govuk-heading-l">Your applications</h1>
      {applications.length === 0 ? (
        <p className="govuk-body">
          You have not applied to any programmes.{' '}
          <Link href="/mentoring" className="govuk-link">
            Find a programme
          </Link>
        </p>
      ) : (
        <Table
          firstCellIsHeader
          head={[
            { content: 'Programme' },
            { content: 'Applied' },
            { content: 'Status' },
            { content: 'Action' },
          ]}
          rows={applications.map((application) => [
            { content: `${application.cohort.programme.name}, ${application.cohort.name}` },
            { content: formatDate(application.appliedAt) },
            { content: <StatusTagOf tag={APPLICATION_STATUS_TAGS[application.status]} /> },
            {
              content:
                application.status === 'active' ? (
                  <Link
                    href={`/mentoring/applications/${application.id}/withdraw`}
                    className="govuk-link"
                  >
                    Withdraw
                    <span className="govuk-visually-hidden">
                      {' '}
                      your application to {application.cohort.programme.name}
                    </span>
                  </Link>
                ) : (
                  `Withdrawn ${formatDate(application.withdrawnAt)}`
                ),
            },
          ])}
        />
      )}
    </>
  );
}
