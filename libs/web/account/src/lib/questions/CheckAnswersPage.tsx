import { useSaveMyAnswersMutation } from '@pathways/web-graphql';
import {
  Button,
  ErrorSummary,
  Loading,
  type Problem,
  ServiceProblem,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { problemsFrom } from '../common/graphql-errors';
import { AnswerSummary } from './AnswerSummary';
import { clearDraft } from './draft-store';
import { answersToSave } from './questionnaire-flow';
import { useDraft } from './useDraft';

export function CheckAnswersPage() {
  const navigate = useNavigate();
  const Link = useLinkComponent();
  const { draft, failed } = useDraft();
  const [save, { loading }] = useSaveMyAnswersMutation();
  const [problems, setProblems] = useState<Problem[]>([]);
  useDocumentTitle('Check your answers before sending them', problems.length > 0);
  if (failed) return <ServiceProblem />;
  if (!draft) return <Loading what="your answers" />;

  const send = async () => {
    try {
      await save({ variables: { input: { answers: answersToSave(draft) } } });
      clearDraft();
      navigate('/questions/confirmation');
    } catch (error) {
      setProblems(problemsFrom(error));
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {problems.length > 0 && (
          <ErrorSummary errors={[{ href: '#accept-and-send', text: problems[0].message }]} />
        )}
        <h1 className="govuk-heading-l">Check your answers before sending them</h1>
        <AnswerSummary draft={draft} changeHref={(key) => `/questions/${key}?change=check`} />
        <h2 className="govuk-heading-m">Now send your answers</h2>
        <p className="govuk-body">
          Only you will be able to see your answers. You can change or withdraw them at any time.
        </p>
        <div className="govuk-button-group" id="accept-and-send">
          <Button preventDoubleClick disabled={loading} type="button" onClick={() => void send()}>
            Accept and send
          </Button>
          <Link href="/questions" className="govuk-link">
            Why we ask these questions
          </Link>
        </div>
      </div>
    </div>
  );
}
