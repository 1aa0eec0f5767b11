import {
  MyRelationshipsDocument,
  MySurveysDueDocument,
  RelationshipTimelineDocument,
  useEndRelationshipMutation,
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
import { personName } from '../vocabulary/labels';
import { otherMember } from './relationship-view';

const TITLE = 'Why is the relationship ending early?';

export function EndRelationshipPage() {
  const { relationshipId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error } = useRelationshipQuery({ variables: { id: relationshipId } });
  const [end, { loading }] = useEndRelationshipMutation({
    refetchQueries: [
      { query: RelationshipTimelineDocument, variables: { id: relationshipId } },
      { query: MyRelationshipsDocument },
      { query: MySurveysDueDocument },
    ],
    awaitRefetchQueries: true,
  });
  const [reason, setReason] = useState('');
  const { errors, hasErrors, show } = useFormErrors({ reason: 'reason' }, 'reason');
  useDocumentTitle(TITLE, hasErrors);
  if (error) return <PageNotFound />;
  if (!data) return <Loading what="the relationship" />;
  const back = `/mentoring/relationships/${relationshipId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim())
      return show([{ field: 'reason', message: 'Enter why the relationship is ending early' }]);
    try {
      await end({ variables: { input: { relationshipId, reason: reason.trim() } } });
      const state: FlashState = {
        flash: 'Relationship ended. Please answer the short survey about it.',
      };
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
                  <span className="govuk-caption-l">
                    Mentoring with {personName(otherMember(data.relationship))}
                  </span>
                  {TITLE}
                </>
              }
              hint="Your mentoring partner and the programme lead will see this."
              value={reason}
              onChange={setReason}
              errorMessage={errors.byField['reason']}
            />
            <Button variant="warning" preventDoubleClick disabled={loading}>
              End relationship
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
