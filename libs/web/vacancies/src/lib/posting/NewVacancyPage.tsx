import { MyVacanciesDocument, useCreateVacancyMutation } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  FormErrorSummary,
  Loading,
  ServiceProblem,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { londonToday } from '../common/dates';
import { problemsFrom } from '../common/graphql-errors';
import { useReferenceData } from '../common/useReferenceData';
import {
  checkVacancyForm,
  EMPTY_VACANCY_FORM,
  VACANCY_FIELD_IDS,
  type VacancyForm,
} from './vacancy-form';
import { VacancyFormFields } from './VacancyFormFields';

/** Saves a draft, then shows it to check before publishing: nobody is alerted until then. */
export function NewVacancyPage() {
  const navigate = useNavigate();
  const { reference, error } = useReferenceData();
  const [create, { loading }] = useCreateVacancyMutation({
    refetchQueries: [{ query: MyVacanciesDocument }],
  });
  const [form, setForm] = useState<VacancyForm>(EMPTY_VACANCY_FORM);
  const { errors, hasErrors, show } = useFormErrors(VACANCY_FIELD_IDS, 'title');
  useDocumentTitle('Post an accelerator role', hasErrors);
  if (error) return <ServiceProblem />;
  if (!reference) return <Loading what="the form" />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { problems, input } = checkVacancyForm(form, londonToday());
    if (!input) return show(problems);
    try {
      const { data } = await create({ variables: { input } });
      if (data) void navigate(`/vacancies/${data.createVacancy.id}/publish`);
    } catch (failure) {
      show(problemsFrom(failure));
    }
  };

  return (
    <>
      <BackLink href="/vacancies/posted" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">Post an accelerator role</h1>
          <p className="govuk-body">
            You can check the role before you publish it. Nobody is told about it until then.
          </p>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <VacancyFormFields
              form={form}
              update={(change) => setForm((now) => ({ ...now, ...change }))}
              errors={errors}
              reference={reference}
            />
            <Button preventDoubleClick disabled={loading}>
              Save and continue
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
