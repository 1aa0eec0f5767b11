import {
  MyVacanciesDocument,
  useAcceleratorRoleQuery,
  useUpdateVacancyMutation,
  type VacancyFieldsFragment,
} from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  FormErrorSummary,
  Loading,
  NotAllowed,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { londonToday } from '../common/dates';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { QueryProblem } from '../common/QueryProblem';
import type { ReferenceData } from '../common/reference';
import { useReferenceData } from '../common/useReferenceData';
import { checkVacancyForm, formFromVacancy, VACANCY_FIELD_IDS } from './vacancy-form';
import { VacancyFormFields } from './VacancyFormFields';

export function EditVacancyPage() {
  const { vacancyId = '' } = useParams();
  const { data, error } = useAcceleratorRoleQuery({ variables: { input: { vacancyId } } });
  const { reference, error: referenceError } = useReferenceData();
  if (error || referenceError)
    return <QueryProblem error={error ?? referenceError} who="the person who posted it" />;
  if (!data || !reference) return <Loading what="the role" />;
  const vacancy = data.acceleratorRole;
  if (!vacancy.postedByMe) return <NotAllowed who="the person who posted the role" />;
  return <EditForm vacancy={vacancy} reference={reference} />;
}

function EditForm({
  vacancy,
  reference,
}: {
  vacancy: VacancyFieldsFragment;
  reference: ReferenceData;
}) {
  const navigate = useNavigate();
  const [update, { loading }] = useUpdateVacancyMutation({
    refetchQueries: [{ query: MyVacanciesDocument }],
  });
  const [form, setForm] = useState(() => formFromVacancy(vacancy));
  const { errors, hasErrors, show } = useFormErrors(VACANCY_FIELD_IDS, 'title');
  useDocumentTitle('Change the role', hasErrors);
  const draft = vacancy.status === 'draft';
  const back = draft ? `/vacancies/${vacancy.id}/publish` : `/vacancies/${vacancy.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { problems, input } = checkVacancyForm(form, londonToday());
    if (!input) return show(problems);
    try {
      await update({ variables: { input: { id: vacancy.id, ...input } } });
      const state: FlashState = { flash: draft ? 'Changes saved' : 'Role updated' };
      void navigate(back, { state });
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
          <span className="govuk-caption-l">{vacancy.title}</span>
          <h1 className="govuk-heading-l">Change the role</h1>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <VacancyFormFields
              form={form}
              update={(change) => setForm((now) => ({ ...now, ...change }))}
              errors={errors}
              reference={reference}
            />
            <Button preventDoubleClick disabled={loading}>
              Save changes
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
