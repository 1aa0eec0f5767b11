import { useLedInternshipProgrammesQuery } from '@pathways/web-graphql';
import {
  Button,
  Loading,
  NotificationBanner,
  ServiceProblem,
  Table,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { useFlash } from '../common/useFlash';

export function CoordinatorHomePage() {
  useDocumentTitle('Internship programmes you coordinate');
  const Link = useLinkComponent();
  const flash = useFlash();
  const { data, error } = useLedInternshipProgrammesQuery({ fetchPolicy: 'cache-and-network' });
  if (error) return <ServiceProblem />;
  if (!data) return <Loading />;
  const programmes = data.ledInternshipProgrammes;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        {flash && <NotificationBanner type="success" heading={flash} />}
        <h1 className="govuk-heading-l">Internship programmes you coordinate</h1>
        {programmes.length === 0 ? (
          <p className="govuk-body">You do not coordinate an internship programme yet.</p>
        ) : (
          <Table
            caption="Programmes"
            captionSize="m"
            head={[
              { content: 'Programme' },
              { content: 'Term' },
              { content: 'Ages' },
              { content: 'Intakes', numeric: true },
            ]}
            rows={programmes.map((programme) => [
              {
                content: (
                  <Link
                    href={`/internships/manage/programmes/${programme.id}`}
                    className="govuk-link"
                  >
                    {programme.name}
                  </Link>
                ),
              },
              { content: `${programme.settings.termMonths} months` },
              { content: `${programme.settings.minimumAge} to ${programme.settings.maximumAge}` },
              { content: programme.intakes.length, numeric: true },
            ])}
          />
        )}
        <Button href="/internships/manage/new">Create an internship programme</Button>
      </div>
    </div>
  );
}
