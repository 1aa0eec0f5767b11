import {
  OpenProgrammesDocument,
  useApplyToCohortMutation,
  useApplicationOptionsQuery,
} from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  BackLink,
  Button,
  PreservedText,
  type Problem,
  SummaryList,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useRef, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { useDraftStore } from '../common/draft-store';
import { problemsFrom } from '../common/graphql-errors';
import { regionLabel } from '../vocabulary/labels';
import {
  applicationDraftStore,
  applicationInput,
  applyPath,
  firstIncompleteStep,
} from './application-flow';
import { applicationAnswerRows } from './application-answers';

export function CheckApplicationPage() {
  const { cohortId = '' } = useParams();
  const navigate = useNavigate();
  const draft = useDraftStore(applicationDraftStore);
  const options = useApplicationOptionsQuery();
  const [apply, { loading }] = useApplyToCohortMutation({
    refetchQueries: [{ query: OpenProgrammesDocument }],
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const sent = useRef(false);
  useDocumentTitle('Check your answers before sending your application', problems.length > 0);
  // After sending, the cleared draft must not bounce this page back to the form.
  if (sent.current) return null;
  if (draft.cohortId !== cohortId) return <Navigate to={applyPath(cohortId)} replace />;
  const incomplete = firstIncompleteStep(draft);
  if (incomplete) return <Navigate to={applyPath(cohortId, incomplete)} replace />;

  const regionName = (code: string) =>
    options.data?.regions.find((region) => region.code === code)?.name ?? regionLabel(code);
  const send = async () => {
    try {
      await apply({ variables: { input: applicationInput(draft) } });
      sent.current = true;
      navigate(applyPath(cohortId, 'confirmation'));
      applicationDraftStore.clear();
    } catch (error) {
      setProblems(problemsFrom(error));
    }
  };

  return (
    <>
      <BackLink href={applyPath(cohortId, 'availability')} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ActionErrorSummary problems={problems} target="send-application" />
          <h1 className="govuk-heading-l">Check your answers before sending your application</h1>
          <SummaryList
            rows={applicationAnswerRows(draft, regionName).map((row) => ({
              key: row.key,
              value: <PreservedText text={row.value} />,
              actions: [
                {
                  href: `${applyPath(cohortId, row.step)}?change=check`,
                  text: 'Change',
                  visuallyHiddenText: row.key.toLowerCase(),
                },
              ],
            }))}
          />
          <h2 className="govuk-heading-m">Now send your application</h2>
          <p className="govuk-body">
            The programme lead will see your goals, topics and preferences, and whether you are
            eligible. They will not see your answers about your background.
          </p>
          <div id="send-application">
            <Button preventDoubleClick disabled={loading} type="button" onClick={() => void send()}>
              Accept and send
            </Button>
          </div>
        </div>
      </div>
    </>
  );
}
