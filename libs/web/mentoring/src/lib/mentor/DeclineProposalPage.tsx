import {
  MyMentorProposalsDocument,
  MyRelationshipsDocument,
  useDeclineProposalMutation,
  useRelationshipQuery,
} from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  FormErrorSummary,
  Loading,
  PageNotFound,
  Textarea,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { otherMember } from '../relationships/relationship-view';
import { personName } from '../vocabulary/labels';

const TITLE = 'Why are you declining?';

/** Either member declines; only the programme lead reads the reason. */
export function DeclineProposalPage() {
  const { relationshipId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error } = useRelationshipQuery({ variables: { id: relationshipId } });
  const [decline, { loading }] = useDeclineProposalMutation({
    refetchQueries: [{ query: MyMentorProposalsDocument }, { query: MyRelationshipsDocument }],
  });
  const [reason, setReason] = useState('');
  const { errors, hasErrors, show } = useFormErrors({ reason: 'reason' }, 'reason');
  useDocumentTitle(TITLE, hasErrors);
  if (error) return <PageNotFound />;
  if (!data) return <Loading what="the proposal" />;
  const relationship = data.relationship;
  if (!relationship.awaitingMyResponse) return <PageNotFound />;
  const back = relationship.viewer === 'mentor' ? '/mentoring/proposals' : '/mentoring';
  const other = personName(otherMember(relationship));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return show([{ field: 'reason', message: 'Enter why you are declining' }]);
    try {
      await decline({ variables: { input: { relationshipId, reason: reason.trim() } } });
      const state: FlashState = { flash: `You declined the proposal with ${other}` };
      navigate(back, { state });
    } catch (failure) {
      show(problemsFrom(failure));
    }
  };

  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <form noValidate onSubmit={(event) => void submit(event)}>
            <Textarea
              id="reason"
              name="reason"
              labelSize="l"
              labelIsPageHeading
              label={
                <>
                  <span className="govuk-caption-l">Decline {other}</span>
                  {TITLE}
                </>
              }
              hint={
                relationship.viewer === 'mentor'
                  ? 'Only the programme lead will see this. The mentee is told only that you cannot take them on, and goes back into the pool with priority.'
                  : 'Only the programme lead will see this. You go back into the pool for the next matching run.'
              }
              value={reason}
              onChange={setReason}
              errorMessage={errors.byField['reason']}
            />
            <Button variant="warning" preventDoubleClick disabled={loading}>
              Decline proposal
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
