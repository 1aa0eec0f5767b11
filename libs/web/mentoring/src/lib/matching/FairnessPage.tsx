import { useLeadCohortQuery, useMatchingFairnessQuery } from '@pathways/web-graphql';
import {
  BackLink,
  InsetText,
  Loading,
  PageNotFound,
  Table,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useParams } from 'react-router-dom';
import { formatDate } from '../vocabulary/dates';
import { fairnessCells, orderFairnessRows, SUPPRESSED } from './fairness-rows';

/** Whether lower-SEB mentees are being left out: aggregates only, small groups withheld. */
export function FairnessPage() {
  const { cohortId = '' } = useParams();
  const cohort = useLeadCohortQuery({ variables: { id: cohortId } });
  const fairness = useMatchingFairnessQuery({
    variables: { cohortId },
    fetchPolicy: 'cache-and-network',
  });
  useDocumentTitle('Fairness of matching');
  if (cohort.error || fairness.error) return <PageNotFound />;
  if (!cohort.data || !fairness.data) return <Loading what="the fairness of matching" />;
  const result = fairness.data.matchingFairness;
  return (
    <>
      <BackLink href={`/programmes/cohorts/${cohortId}/matching`} text="Matching" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          <span className="govuk-caption-l">{cohort.data.cohort.name}</span>
          <h1 className="govuk-heading-l">Fairness of matching</h1>
          <p className="govuk-body">
            How the last matching run treated mentees from each socio-economic background: the share
            who were matched and the mean score of their pairs. You only see totals, never anyone’s
            answers.
          </p>
          {result ? (
            <>
              <Table
                caption={`Last run, ${formatDate(result.createdAt)}`}
                captionSize="m"
                firstCellIsHeader
                head={[
                  { content: 'Socio-economic background' },
                  { content: 'Mentees', numeric: true },
                  { content: 'Matched', numeric: true },
                  { content: 'Match rate', numeric: true },
                  { content: 'Mean score', numeric: true },
                ]}
                rows={orderFairnessRows(result.rows).map((row) => {
                  const cells = fairnessCells(row);
                  return [
                    { content: cells.group },
                    { content: cells.mentees, numeric: true },
                    { content: cells.matched, numeric: true },
                    { content: cells.matchRate, numeric: true },
                    { content: cells.meanScore, numeric: true },
                  ];
                })}
              />
              <InsetText>
                {SUPPRESSED} means the figure is withheld: it counts fewer than 10 people, or could
                be worked out from the other figures, so showing it could identify someone.
              </InsetText>
            </>
          ) : (
            <p className="govuk-body">Matching has not been run for this cohort yet.</p>
          )}
        </div>
      </div>
    </>
  );
}
