import {
  BackLink,
  Button,
  FormErrorSummary,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useDraftStore } from '../common/draft-store';
import {
  applicationDraftStore,
  applyPath,
  isApplicationStep,
  nextApplyPath,
  previousApplyPath,
  stepProblem,
  type ApplicationDraft,
} from './application-flow';
import { STEP_TITLES } from './application-wording';
import { ApplyStepField } from './ApplyStepField';

export const APPLICATION_FIELD_IDS = {
  goals: 'goals',
  topics: 'topics',
  professionPreference: 'profession',
  departmentPreference: 'department',
  region: 'region',
  availability: 'availability',
};

/** One question of the application per page, as GOV.UK asks. */
export function ApplyQuestionPage() {
  const { cohortId = '', step } = useParams();
  const [params] = useSearchParams();
  const changing = params.get('change') === 'check';
  const navigate = useNavigate();
  const stored = useDraftStore(applicationDraftStore);
  const [draft, setDraft] = useState<ApplicationDraft>(stored);
  const { errors, hasErrors, show, clear } = useFormErrors(APPLICATION_FIELD_IDS, 'goals');
  useDocumentTitle(isApplicationStep(step) ? STEP_TITLES[step] : 'Apply', hasErrors);
  if (!isApplicationStep(step) || stored.cohortId !== cohortId) {
    return <Navigate to={applyPath(cohortId)} replace />;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = stepProblem(step, draft);
    if (problem) return show([problem]);
    clear();
    applicationDraftStore.write(draft);
    navigate(nextApplyPath(draft, step, changing));
  };

  return (
    <>
      <BackLink href={previousApplyPath(cohortId, step, changing)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <form noValidate onSubmit={submit}>
            <ApplyStepField step={step} draft={draft} onChange={setDraft} errors={errors.byField} />
            <Button>Continue</Button>
          </form>
        </div>
      </div>
    </>
  );
}
