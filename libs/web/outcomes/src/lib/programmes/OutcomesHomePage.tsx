import { useOutcomeProgrammesQuery } from '@pathways/web-graphql';
import {
  Loading,
  Table,
  useLinkComponent,
  ServiceProblem,
  useDocumentTitle,
} from '@pathways/web-ui';

/** The lead's way in: each programme they lead, with its report, dashboard and career events. */
export function OutcomesHomePage() {
  useDocumentTitle('Outcomes');
  const Link = useLinkComponent();
  const { data, error } = useOutcomeProgrammesQuery({ fetchPolicy: 'cache-and-network' });
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="your programmes" />;
  const programmes = data.ledProgrammes;
  const link = (href: string, text: string, name: string) => (
    <Link href={href} className="govuk-link">
      {text}
      <span className="govuk-visually-hidden"> for {name}</span>
    </Link>
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">Outcomes</h1>
        <p className="govuk-body">
          See whether the people on your programmes progress in their careers, how the programme is
          going, and confirm the career steps participants tell you about. You only ever see totals
          for groups of 10 or more.
        </p>
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
              { content: 'Outcome report' },
              { content: 'Dashboard' },
              { content: 'Career events' },
            ]}
            rows={programmes.map((programme) => {
              const base = `/outcomes/${encodeURIComponent(programme.code)}`;
              return [
                { content: programme.name },
                { content: programme.code },
                { content: link(base, 'Outcome report', programme.name) },
                { content: link(`${base}/dashboard`, 'Dashboard', programme.name) },
                { content: link(`${base}/career-events`, 'Career events', programme.name) },
              ];
            })}
          />
        )}
      </div>
    </div>
  );
}
