import { useUpdateCohortMutation } from '@pathways/web-graphql';
import {
  Button,
  FormErrorSummary,
  TextInput,
  useDocumentTitle,
  useFormErrors,
  useLinkComponent,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { checkCohortEdit, type CohortEditDraft } from './cohort-edit-form';
import { COHORT_FIELD_IDS } from './cohort-form';
import { CohortDateFields } from './CohortDateFields';

export function CohortEditForm({ cohort, caption }: { cohort: CohortEditDraft; caption: string }) {
  const navigate = useNavigate();
  const Link = useLinkComponent();
  const [draft, setDraft] = useState(cohort);
  const [save, { loading }] = useUpdateCohortMutation();
  const { errors, hasErrors, show } = useFormErrors(COHORT_FIELD_IDS, 'name');
  useDocumentTitle('Change the cohort', hasErrors);
  const set =
    <K extends keyof CohortEditDraft>(key: K) =>
    (value: CohortEditDraft[K]) =>
      setDraft((previous) => ({ ...previous, [key]: value }));
  const cohortPath = `/programmes/cohorts/${cohort.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { problems, input } = checkCohortEdit(draft);
    if (!input) return show(problems);
    try {
      const { data } = await save({ variables: { input } });
      if (!data) throw new Error('no cohort');
      const state: FlashState = { flash: `${data.updateCohort.name} changed` };
      navigate(cohortPath, { state });
    } catch (error) {
      show(problemsFrom(error));
    }
  };

  return (
    <>
      <FormErrorSummary errors={errors} />
      <span className="govuk-caption-l">{caption}</span>
      <h1 className="govuk-heading-l">Change the cohort</h1>
      <p className="govuk-body">The cohort code stays the same, as reports and exports use it.</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextInput
          id="name"
          name="name"
          label="Cohort name"
          value={draft.name}
          onChange={set('name')}
          errorMessage={errors.byField['name']}
        />
        <CohortDateFields dates={draft} set={set} errors={errors.byField} />
        <div className="govuk-button-group">
          <Button preventDoubleClick disabled={loading}>
            Save changes
          </Button>
          <Link href={cohortPath} className="govuk-link">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
