import { useInternshipProgrammeQuery } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  Loading,
  NotificationBanner,
  SummaryList,
  Table,
  Tag,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { useParams } from 'react-router-dom';
import { longDate } from '../common/dates';
import { useFlash } from '../common/useFlash';
import { NotYours } from '../common/NotYours';

export function ProgrammePage() {
  const programmeId = useParams()['programmeId'] ?? '';
  const Link = useLinkComponent();
  const flash = useFlash();
  const { data, error } = useInternshipProgrammeQuery({
    variables: { id: programmeId },
    fetchPolicy: 'cache-and-network',
  });
  useDocumentTitle(data?.internshipProgramme.name ?? 'Internship programme');
  if (error)
    return <NotYours what="Only the coordinators of this programme, and admins, can see it." />;
  if (!data) return <Loading />;
  const programme = data.internshipProgramme;
  return (
    <>
      <BackLink href="/internships/manage" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          {flash && <NotificationBanner type="success" heading={flash} />}
          <span className="govuk-caption-l">{programme.code}</span>
          <h1 className="govuk-heading-l">{programme.name}</h1>
          <SummaryList
            rows={[
              { key: 'Length of a placement', value: `${programme.settings.termMonths} months` },
              {
                key: 'Ages',
                value: `${programme.settings.minimumAge} to ${programme.settings.maximumAge} on the day the intake starts`,
              },
            ]}
          />
          <h2 className="govuk-heading-m">Intakes</h2>
          {programme.intakes.length === 0 ? (
            <p className="govuk-body">No intakes yet.</p>
          ) : (
            <Table
              head={[
                { content: 'Intake' },
                { content: 'Applications' },
                { content: 'Starts' },
                { content: 'Status' },
              ]}
              rows={programme.intakes.map((intake) => [
                {
                  content: (
                    <Link href={`/internships/manage/intakes/${intake.id}`} className="govuk-link">
                      {intake.name}
                    </Link>
                  ),
                },
                {
                  content: `${longDate(intake.applicationsOpen)} to ${longDate(intake.applicationsClose)}`,
                },
                { content: longDate(intake.startDate) },
                {
                  content: intake.isOpen ? (
                    <Tag colour="green">Open</Tag>
                  ) : (
                    <Tag colour="grey">Closed</Tag>
                  ),
                },
              ])}
            />
          )}
          <div className="govuk-button-group">
            <Button href={`/internships/manage/programmes/${programme.id}/intakes/new`}>
              Open an intake
            </Button>
            <Button
              variant="secondary"
              href={`/internships/manage/programmes/${programme.id}/report`}
            >
              View the report
            </Button>
          </div>
        </div>
      </div>
    </>
  );
}
