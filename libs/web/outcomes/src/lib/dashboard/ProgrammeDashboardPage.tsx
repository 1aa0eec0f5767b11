import { useProgrammeDashboardQuery } from '@pathways/web-graphql';
import { BackLink, Loading, Table, useLinkComponent, useDocumentTitle } from '@pathways/web-ui';
import { useParams } from 'react-router-dom';
import { QueryProblem } from '../common/QueryProblem';
import { formatDate, sebGroupLabel } from '../format/labels';
import { SuppressionNote } from '../report/SuppressionNote';
import { countOf, groupsOf, shareOf } from './dashboard-rows';
import { ProgressionTable } from './ProgressionTable';

const label = (group: string) => sebGroupLabel(group, 'All participants');

/** A programme at a glance for its leads: every figure by SEB group, small groups withheld. */
export function ProgrammeDashboardPage() {
  const { programme = '' } = useParams();
  const Link = useLinkComponent();
  const { data, error } = useProgrammeDashboardQuery({
    variables: { input: { programme } },
    fetchPolicy: 'cache-and-network',
  });
  useDocumentTitle(`Programme dashboard – ${programme}`);
  if (error) return <QueryProblem error={error} who="the programme’s leads" />;
  if (!data) return <Loading what="the programme dashboard" />;
  const d = data.programmeDashboard;
  const activity = groupsOf(d.participants, d.activeRelationships, d.sessionsLogged);
  const survey = groupsOf(d.metExpectations, d.sessionsInteresting);
  return (
    <>
      <BackLink href="/outcomes" text="Outcomes" />
      <span className="govuk-caption-l">{d.programme}</span>
      <h1 className="govuk-heading-l">Programme dashboard</h1>
      <p className="govuk-body">
        Figures as of {formatDate(d.asOf)}, by socio-economic background. For progression on another
        date, and the comparison group in full, see the{' '}
        <Link href={`/outcomes/${encodeURIComponent(d.programme)}`} className="govuk-link">
          outcome report
        </Link>
        .
      </p>
      <Table
        caption="Participants and activity"
        captionSize="m"
        firstCellIsHeader
        head={[
          { content: 'Socio-economic background' },
          { content: 'Participants', numeric: true },
          { content: 'Active relationships', numeric: true },
          { content: 'Sessions logged', numeric: true },
        ]}
        rows={activity.map((group) => [
          { content: label(group) },
          { content: countOf(d.participants, group), numeric: true },
          { content: countOf(d.activeRelationships, group), numeric: true },
          { content: countOf(d.sessionsLogged, group), numeric: true },
        ])}
      />
      <Table
        caption="End-of-programme survey: yes, of those who answered"
        captionSize="m"
        firstCellIsHeader
        head={[
          { content: 'Socio-economic background' },
          { content: 'Met expectations', numeric: true },
          { content: 'Found sessions interesting', numeric: true },
        ]}
        rows={survey.map((group) => [
          { content: label(group) },
          { content: shareOf(d.metExpectations, group), numeric: true },
          { content: shareOf(d.sessionsInteresting, group), numeric: true },
        ])}
      />
      <ProgressionTable groups={d.progression} />
      <SuppressionNote rules="tables" />
    </>
  );
}
