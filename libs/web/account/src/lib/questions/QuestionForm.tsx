import { QUESTIONS, type Question, type QuestionKey } from '@pathways/domain-seb';
import {
  BackLink,
  Button,
  ErrorSummary,
  Loading,
  Radios,
  ServiceProblem,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { writeDraft } from './draft-store';
import { OccupationFormSwitch } from './OccupationFormSwitch';
import { QUESTION_ERRORS, questionCaption } from './question-wording';
import { nextStep, previousStep, stepPath, withAnswer } from './questionnaire-flow';
import { useDraft } from './useDraft';

const CHANGING = 'check';

export function QuestionForm({ questionKey }: { questionKey: QuestionKey }) {
  const question: Question = QUESTIONS[questionKey];
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const changing = params.get('change') === CHANGING;
  const { draft, failed } = useDraft();
  const [selected, setSelected] = useState<string>();
  const [showError, setShowError] = useState(false);
  useDocumentTitle(question.title, showError);
  if (failed) return <ServiceProblem />;
  if (!draft) return <Loading what="your answers" />;

  const value = selected ?? draft.answers[questionKey];
  const withChange = (path: string) => (changing ? `${path}?change=${CHANGING}` : path);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!value) {
      setShowError(true);
      return;
    }
    const updated = withAnswer(draft, questionKey, value);
    writeDraft(updated);
    const next = nextStep(updated, questionKey, changing);
    navigate(next === 'check' ? '/questions/check' : withChange(stepPath(next)));
  };
  const back = changing ? '/questions/check' : stepPath(previousStep(draft, questionKey));
  const error = showError ? QUESTION_ERRORS[questionKey] : undefined;

  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {error && <ErrorSummary errors={[{ href: `#${questionKey}`, text: error }]} />}
          <form noValidate onSubmit={submit}>
            <Radios
              name={questionKey}
              legend={
                <>
                  <span className="govuk-caption-l">{questionCaption(questionKey)}</span>
                  {question.title}
                </>
              }
              legendIsPageHeading
              hint={question.hint}
              errorMessage={error}
              items={question.options.map((option) => ({ value: option.code, text: option.label }))}
              value={value}
              onChange={(code) => {
                setSelected(code);
                setShowError(false);
              }}
            />
            <OccupationFormSwitch questionKey={questionKey} hrefFor={withChange} />
            <Button>Continue</Button>
          </form>
        </div>
      </div>
    </>
  );
}
