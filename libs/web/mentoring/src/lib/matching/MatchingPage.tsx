import {
  CohortRelationshipsDocument,
  MatchingFairnessDocument,
  MatchingRunDocument,
  useApproveProposalsMutation,
  useLeadCohortQuery,
  useMatchingRunQuery,
  useRunMatchingMutation,
} from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  BackLink,
  Button,
  Loading,
  NotificationBanner,
  PageNotFound,
  type Problem,
  SummaryList,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { FlashBanner } from '../common/FlashBanner';
import { problemsFrom } from '../common/graphql-errors';
import { formatDate } from '../vocabulary/dates';
import { approvedMessage, matchSummary } from './matching-summary';
import { PairsTable } from './PairsTable';
import { UnmatchedTable } from './UnmatchedTable';

export function MatchingPage() {
  const { cohortId = '' } = useParams();
  const Link = useLinkComponent();
  const cohort = useLeadCohortQuery({ variables: { id: cohortId } });
  const board = useMatchingRunQuery({ variables: { cohortId }, fetchPolicy: 'cache-and-network' });
  const refetchQueries = [
    { query: MatchingRunDocument, variables: { cohortId } },
    { query: CohortRelationshipsDocument, variables: { cohortId } },
    { query: MatchingFairnessDocument, variables: { cohortId } },
  ];
  const [run, running] = useRunMatchingMutation({ refetchQueries, awaitRefetchQueries: true });
  const [approve, approving] = useApproveProposalsMutation({
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  useDocumentTitle('Matching', problems.length > 0);
  if (cohort.error || board.error) return <PageNotFound />;
  if (!cohort.data || !board.data) return <Loading what="matching" />;
  const latest = board.data.matchingRun;
  const suggested = latest?.pairs.filter((pair) => pair.status === 'suggested') ?? [];

  const act = async (action: () => Promise<string>) => {
    setProblems([]);
    setDone(null);
    try {
      setDone(await action());
    } catch (error) {
      setProblems(problemsFrom(error));
    }
  };
  const runNow = () =>
    act(async () => {
      const { data } = await run({ variables: { input: { cohortId } } });
      return data ? `Matching run: ${matchSummary(data.runMatching)}` : 'Matching run';
    });
  const approveSome = (relationshipIds: string[] | null) =>
    act(async () => {
      const input = relationshipIds
        ? { cohortId, relationshipIds, all: false }
        : { cohortId, all: true };
      const { data } = await approve({ variables: { input } });
      return approvedMessage(data?.approveProposals.length ?? 0);
    });

  return (
    <>
      <BackLink href={`/programmes/cohorts/${cohortId}`} text={cohort.data.cohort.name} />
      <ActionErrorSummary problems={problems} target="matching-actions" />
      {done && problems.length === 0 && (
        <NotificationBanner key={done} type="success" heading={done} />
      )}
      <FlashBanner hidden={Boolean(done) || problems.length > 0} />
      <span className="govuk-caption-l">{cohort.data.cohort.name}</span>
      <h1 className="govuk-heading-l">Matching</h1>
      <p className="govuk-body">
        Matching pairs as many mentees as possible, then prefers the best-scoring pairs. Pairs
        already proposed, started or made by hand are kept when you run it again.
      </p>
      {latest ? (
        <SummaryList
          rows={[
            { key: 'Last run', value: formatDate(latest.createdAt) },
            { key: 'Result', value: matchSummary(latest) },
            { key: 'Mentors available', value: String(latest.mentorCount) },
          ]}
        />
      ) : (
        <p className="govuk-body">Matching has not been run for this cohort yet.</p>
      )}
      <div className="govuk-button-group" id="matching-actions">
        {suggested.length > 0 && (
          <Button type="button" disabled={approving.loading} onClick={() => void approveSome(null)}>
            Approve all {suggested.length} suggested {suggested.length === 1 ? 'pair' : 'pairs'}
          </Button>
        )}
        <Button
          variant={suggested.length > 0 ? 'secondary' : 'primary'}
          type="button"
          disabled={running.loading}
          onClick={() => void runNow()}
        >
          {latest ? 'Run matching again' : 'Run matching'}
        </Button>
        <Link href={`/programmes/cohorts/${cohortId}/matching/pair`} className="govuk-link">
          Pair a mentee by hand
        </Link>
        <Link href={`/programmes/cohorts/${cohortId}/fairness`} className="govuk-link">
          Fairness of matching
        </Link>
      </div>
      {latest && latest.pairs.length > 0 && (
        <PairsTable
          pairs={latest.pairs}
          approving={approving.loading}
          onApprove={(id) => void approveSome([id])}
        />
      )}
      {latest && <UnmatchedTable cohortId={cohortId} unmatched={latest.unmatched} />}
    </>
  );
}
