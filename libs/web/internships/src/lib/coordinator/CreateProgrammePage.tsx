import {
  LedInternshipProgrammesDocument,
  useCreateInternshipProgrammeMutation,
  useDefaultInternshipSettingsQuery,
} from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  FormErrorSummary,
  Loading,
  ServiceProblem,
  TextInput,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { problemsFrom } from '../common/problems';
import {
  PROGRAMME_FIELD_IDS,
  programmeInput,
  programmeProblems,
  type ProgrammeValues,
} from './programme-form';

const TITLE = 'Create an internship programme';

export function CreateProgrammePage() {
  const { data, error } = useDefaultInternshipSettingsQuery();
  if (error) return <ServiceProblem />;
  if (!data) return <Loading />;
  const defaults = data.defaultInternshipSettings;
  return (
    <CreateProgrammeForm
      initial={{
        name: '',
        code: '',
        termMonths: String(defaults.termMonths),
        minimumAge: String(defaults.minimumAge),
        maximumAge: String(defaults.maximumAge),
      }}
    />
  );
}

function CreateProgrammeForm({ initial }: { initial: ProgrammeValues }) {
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const form = useFormErrors(PROGRAMME_FIELD_IDS, 'name');
  const [create, { loading }] = useCreateInternshipProgrammeMutation({
    refetchQueries: [{ query: LedInternshipProgrammesDocument }],
  });
  useDocumentTitle(TITLE, form.hasErrors);
  const set = (field: keyof ProgrammeValues) => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = programmeProblems(values);
    if (problems.length) return form.show(problems);
    try {
      const { data } = await create({ variables: { input: programmeInput(values) } });
      const id = data?.createInternshipProgramme.id;
      navigate(id ? `/internships/manage/programmes/${id}` : '/internships/manage', {
        state: { flash: `${values.name.trim()} created. You coordinate it.` },
      });
    } catch (error) {
      form.show(problemsFrom(error));
    }
  };
  const field = (name: keyof ProgrammeValues) => ({
    id: PROGRAMME_FIELD_IDS[name],
    name,
    value: values[name],
    onChange: set(name),
    errorMessage: form.errors.byField[name],
  });
  return (
    <>
      <BackLink href="/internships/manage" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={form.errors} />
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <TextInput
              {...field('name')}
              label="Programme name"
              hint="For example, Care Leaver Covenant internships"
            />
            <TextInput
              {...field('code')}
              label="Programme code"
              hint="2 to 30 capital letters, digits or hyphens, like CARE-LEAVERS"
              width="20"
              spellCheck={false}
            />
            <h2 className="govuk-heading-m">Settings</h2>
            <p className="govuk-body">
              These start as the scheme’s own terms. You can change them for this programme.
            </p>
            <TextInput
              {...field('termMonths')}
              label="Length of a placement, in months"
              width="3"
              inputMode="numeric"
            />
            <TextInput
              {...field('minimumAge')}
              label="Youngest age an applicant can be"
              hint="On the day the intake starts"
              width="3"
              inputMode="numeric"
            />
            <TextInput
              {...field('maximumAge')}
              label="Oldest age an applicant can be"
              hint="On the day the intake starts"
              width="3"
              inputMode="numeric"
            />
            <Button preventDoubleClick disabled={loading}>
              Create programme
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
