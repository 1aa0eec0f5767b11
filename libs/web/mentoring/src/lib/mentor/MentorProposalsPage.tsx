import {
  MyMentorProposalsDocument,
  MyRelationshipsDocument,
  UnreadNotificationCountDocument,
  useAcceptProposalMutation,
  useMyMentorProposalsQuery,
} from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  BackLink,
  Loading,
  NotificationBanner,
  type Problem,
  ServiceProblem,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useState } from 'react';
import { FlashBanner } from '../common/FlashBanner';
import { problemsFrom } from '../common/graphql-errors';
import { acceptedMessage } from '../mentee/mentoring-messages';
import { personName } from '../vocabulary/labels';
import { ProposalCard } from './ProposalCard';

/** Proposals waiting for the mentor: the mentee's goals and work details, never SEB answers. */
export function MentorProposalsPage() {
  useDocumentTitle('Mentees proposed to you');
  const { data, error } = useMyMentorProposalsQuery({ fetchPolicy: 'cache-and-network' });
  const [accept, { loading }] = useAcceptProposalMutation({
    refetchQueries: [
      { query: MyMentorProposalsDocument },
      { query: MyRelationshipsDocument },
      { query: UnreadNotificationCountDocument },
    ],
    awaitRefetchQueries: true,
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="proposals" />;
  const proposals = data.myMentorProposals;

  const acceptOne = async (id: string, name: string) => {
    setProblems([]);
    setDone(null);
    try {
      const result = await accept({ variables: { input: { relationshipId: id } } });
      setDone(acceptedMessage(name, result.data?.acceptProposal.status === 'active'));
    } catch (failure) {
      setProblems(problemsFrom(failure));
    }
  };

  return (
    <>
      <BackLink href="/mentoring" text="Mentoring" />
      <ActionErrorSummary problems={problems} target="proposals" />
      {done && <NotificationBanner key={done} type="success" heading={done} />}
      <FlashBanner hidden={Boolean(done)} />
      <h1 className="govuk-heading-l">Mentees proposed to you</h1>
      <div id="proposals">
        {proposals.length === 0 ? (
          <p className="govuk-body">No proposals are waiting for your answer.</p>
        ) : (
          proposals.map((proposal) => (
            <ProposalCard
              key={proposal.id}
              proposal={proposal}
              accepting={loading}
              onAccept={() => void acceptOne(proposal.id, personName(proposal.mentee.person))}
            />
          ))
        )}
      </div>
    </>
  );
}
