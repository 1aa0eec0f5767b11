import {
  MyRelationshipsDocument,
  OpenProgrammesDocument,
  UnreadNotificationCountDocument,
  useAcceptProposalMutation,
  useMyMentorProposalsQuery,
  useMyRelationshipsQuery,
  useMySurveysDueQuery,
  type RelationshipSummaryFragment,
} from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  NotificationBanner,
  type Problem,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { useState } from 'react';
import { FlashBanner } from '../common/FlashBanner';
import { problemsFrom } from '../common/graphql-errors';
import { personName } from '../vocabulary/labels';
import { MyRelationshipsTable } from '../relationships/MyRelationshipsTable';
import { MenteeProposals } from './MenteeProposals';
import { OpenProgrammes } from './OpenProgrammes';
import { acceptedMessage, countText } from './mentoring-messages';

export function MentoringPage() {
  useDocumentTitle('Mentoring');
  const Link = useLinkComponent();
  const relationships = useMyRelationshipsQuery({ fetchPolicy: 'cache-and-network' });
  const surveys = useMySurveysDueQuery({ fetchPolicy: 'cache-and-network' });
  const mentorProposals = useMyMentorProposalsQuery({ fetchPolicy: 'cache-and-network' });
  const [accept, accepting] = useAcceptProposalMutation({
    refetchQueries: [
      { query: MyRelationshipsDocument },
      { query: OpenProgrammesDocument },
      { query: UnreadNotificationCountDocument },
    ],
    awaitRefetchQueries: true,
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const mine = relationships.data?.myRelationships ?? [];
  const proposals = mine.filter((r) => r.viewer === 'mentee' && r.awaitingMyResponse);
  const shown = mine.filter((r) => !(r.viewer === 'mentee' && r.awaitingMyResponse));
  const surveysDue = surveys.data?.mySurveysDue.length ?? 0;
  const mentorWaiting = mentorProposals.data?.myMentorProposals.length ?? 0;

  const acceptProposal = async (proposal: RelationshipSummaryFragment) => {
    setProblems([]);
    setDone(null);
    try {
      const { data } = await accept({ variables: { input: { relationshipId: proposal.id } } });
      setDone(
        acceptedMessage(
          personName(proposal.mentor.person),
          data?.acceptProposal.status === 'active',
        ),
      );
    } catch (error) {
      setProblems(problemsFrom(error));
    }
  };

  return (
    <>
      <ActionErrorSummary problems={problems} target="mentoring-proposals" />
      {done && <NotificationBanner key={done} type="success" heading={done} />}
      <FlashBanner hidden={Boolean(done)} />
      <h1 className="govuk-heading-l">Mentoring</h1>
      {(surveysDue > 0 || mentorWaiting > 0) && (
        <NotificationBanner title="Things to do" titleId="things-to-do-title">
          <ul className="govuk-list">
            {surveysDue > 0 && (
              <li>
                <Link href="/mentoring/surveys" className="govuk-notification-banner__link">
                  You have {countText(surveysDue, 'survey')} to answer
                </Link>
              </li>
            )}
            {mentorWaiting > 0 && (
              <li>
                <Link href="/mentoring/proposals" className="govuk-notification-banner__link">
                  You have {countText(mentorWaiting, 'mentee proposal')} to answer
                </Link>
              </li>
            )}
          </ul>
        </NotificationBanner>
      )}
      <div id="mentoring-proposals">
        <MenteeProposals
          proposals={proposals}
          accepting={accepting.loading}
          onAccept={(p) => void acceptProposal(p)}
        />
      </div>
      {shown.length > 0 && <MyRelationshipsTable relationships={shown} />}
      <ul className="govuk-list">
        <li>
          <Link href="/mentoring/applications" className="govuk-link">
            Your applications
          </Link>
        </li>
        <li>
          <Link href="/mentoring/volunteering" className="govuk-link">
            Mentoring others: your offers
          </Link>
        </li>
        <li>
          <Link href="/mentoring/proposals" className="govuk-link">
            Mentees proposed to you
          </Link>
        </li>
        <li>
          <Link href="/mentoring/surveys" className="govuk-link">
            Surveys
          </Link>
        </li>
      </ul>
      <h2 className="govuk-heading-l">Programmes open for applications</h2>
      <OpenProgrammes />
    </>
  );
}
