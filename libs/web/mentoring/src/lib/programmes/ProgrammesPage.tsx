import { useLedProgrammesQuery } from '@pathways/web-graphql';
import {
  Button,
  Loading,
  ServiceProblem,
  Table,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { FlashBanner } from '../common/FlashBanner';
import { PROGRAMME_TYPE_LABELS } from '../vocabulary/labels';

export function ProgrammesPage() {
  useDocumentTitle('Your programmes');
  const Link = useLinkComponent();
  const { data, error } = useLedProgrammesQuery({ fetchPolicy: 'cache-and-network' });
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="your programmes" />;
  // Internship programmes have their own pages: cohorts here take mentees and mentors.
  const programmes = data.ledProgrammes.filter((programme) => programme.type !== 'internship');
  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">Your programmes</h1>
      <p className="govuk-body">
        Set up mentoring and sponsorship programmes, open cohorts for applications, match mentees
        with mentors and follow how each relationship is going.
      </p>
      <Button href="/programmes/new">Create a programme</Button>
      {programmes.length === 0 ? (
        <p className="govuk-body">You do not lead any programmes yet.</p>
      ) : (
        <Table
          caption="Programmes you lead"
          captionSize="m"
          firstCellIsHeader
          head={[
            { content: 'Programme' },
            { content: 'Code' },
            { content: 'Type' },
            { content: 'Cohorts', numeric: true },
            { content: 'Open now', numeric: true },
          ]}
          rows={programmes.map((programme) => [
            {
              content: (
                <Link href={`/programmes/${programme.id}`} className="govuk-link">
                  {programme.name}
                </Link>
              ),
            },
            { content: programme.code },
            { content: PROGRAMME_TYPE_LABELS[programme.type] },
            { content: programme.cohorts.length, numeric: true },
            { content: programme.cohorts.filter((cohort) => cohort.isOpen).length, numeric: true },
          ])}
        />
      )}
    </>
  );
}
