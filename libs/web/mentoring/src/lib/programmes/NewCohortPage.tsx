import {
  BackLink,
  Button,
  FormErrorSummary,
  TextInput,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useDraftStore } from '../common/draft-store';
import {
  checkCohortDraft,
  COHORT_FIELD_IDS,
  cohortDraftStore,
  emptyCohortDraft,
  type CohortDraft,
} from './cohort-form';
import { CohortDateFields } from './CohortDateFields';

export function NewCohortPage() {
  const { programmeId = '' } = useParams();
  const navigate = useNavigate();
  const stored = useDraftStore(cohortDraftStore);
  const [draft, setDraft] = useState<CohortDraft>(
    stored.programmeId === programmeId ? stored : emptyCohortDraft(programmeId),
  );
  const { errors, hasErrors, show } = useFormErrors(COHORT_FIELD_IDS, 'name');
  useDocumentTitle('Add a cohort', hasErrors);
  const set =
    <K extends keyof CohortDraft>(key: K) =>
    (value: CohortDraft[K]) =>
      setDraft((previous) => ({ ...previous, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { problems } = checkCohortDraft(draft);
    if (problems.length > 0) return show(problems);
    cohortDraftStore.write(draft);
    navigate(`/programmes/${programmeId}/cohorts/new/check`);
  };

  return (
    <>
      <BackLink href={`/programmes/${programmeId}`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">Add a cohort</h1>
          <p className="govuk-body">
            A cohort is one intake: people apply while applications are open, and relationships
            start on the start date.
          </p>
          <form noValidate onSubmit={submit}>
            <TextInput
              id="name"
              name="name"
              label="Cohort name"
              hint="For example, Spring 2026"
              value={draft.name}
              onChange={set('name')}
              errorMessage={errors.byField['name']}
            />
            <TextInput
              id="code"
              name="code"
              label="Cohort code"
              width="20"
              spellCheck={false}
              hint="Unique within the programme, up to 30 letters, digits or hyphens, for example 2026-SPRING"
              value={draft.code}
              onChange={set('code')}
              errorMessage={errors.byField['code']}
            />
            <CohortDateFields dates={draft} set={set} errors={errors.byField} />
            <Button>Continue</Button>
          </form>
        </div>
      </div>
    </>
  );
}
