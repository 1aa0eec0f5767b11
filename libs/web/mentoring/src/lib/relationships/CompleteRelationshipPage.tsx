import {
  MyRelationshipsDocument,
  MySurveysDueDocument,
  RelationshipTimelineDocument,
  useCompleteRelationshipMutation,
  useRelationshipQuery,
} from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  BackLink,
  Button,
  Loading,
  PageNotFound,
  type Problem,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { personName } from '../vocabulary/labels';
import { otherMember } from './relationship-view';

export function CompleteRelationshipPage() {
  const { relationshipId = '' } = useParams();
  const navigate = useNavigate();
  const Link = useLinkComponent();
  const { data, error } = useRelationshipQuery({ variables: { id: relationshipId } });
  const [complete, { loading }] = useCompleteRelationshipMutation({
    refetchQueries: [
      { query: RelationshipTimelineDocument, variables: { id: relationshipId } },
      { query: MyRelationshipsDocument },
      { query: MySurveysDueDocument },
    ],
    awaitRefetchQueries: true,
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  useDocumentTitle(
    'Are you sure you want to mark this relationship as complete?',
    problems.length > 0,
  );
  if (error) return <PageNotFound />;
  if (!data) return <Loading what="the relationship" />;
  const back = `/mentoring/relationships/${relationshipId}`;

  const confirm = async () => {
    try {
      await complete({ variables: { input: { relationshipId } } });
      const state: FlashState = {
        flash: 'Relationship marked as complete. Please answer the short survey about it.',
      };
      navigate(back, { state });
    } catch (failure) {
      setProblems(problemsFrom(failure));
    }
  };

  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ActionErrorSummary problems={problems} target="complete" />
          <span className="govuk-caption-l">
            Mentoring with {personName(otherMember(data.relationship))}
          </span>
          <h1 className="govuk-heading-l">
            Are you sure you want to mark this relationship as complete?
          </h1>
          <p className="govuk-body">
            You will not be able to log more sessions. You will both be asked to answer a short
            survey about how it went.
          </p>
          <div className="govuk-button-group" id="complete">
            <Button type="button" disabled={loading} onClick={() => void confirm()}>
              Mark as complete
            </Button>
            <Link href={back} className="govuk-link">
              Cancel
            </Link>
          </div>
        </div>
      </div>
    </>
  );
}
