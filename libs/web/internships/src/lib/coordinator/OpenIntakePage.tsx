import {
  InternshipProgrammeDocument,
  useOpenInternshipIntakeMutation,
} from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  DateInput,
  type DateParts,
  EMPTY_DATE,
  FormErrorSummary,
  TextInput,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { problemsFrom } from '../common/problems';
import { INTAKE_FIELD_IDS, readIntake, type IntakeValues } from './intake-form';

const TITLE = 'Open an intake';

export function OpenIntakePage() {
  const programmeId = useParams()['programmeId'] ?? '';
  const navigate = useNavigate();
  const [values, setValues] = useState<IntakeValues>({
    name: '',
    code: '',
    applicationsOpen: EMPTY_DATE,
    applicationsClose: EMPTY_DATE,
    startDate: EMPTY_DATE,
  });
  const form = useFormErrors(INTAKE_FIELD_IDS, 'name');
  const [open, { loading }] = useOpenInternshipIntakeMutation({
    refetchQueries: [{ query: InternshipProgrammeDocument, variables: { id: programmeId } }],
  });
  useDocumentTitle(TITLE, form.hasErrors);
  const setText = (field: 'name' | 'code') => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));
  const setDate =
    (field: 'applicationsOpen' | 'applicationsClose' | 'startDate') => (value: DateParts) =>
      setValues((previous) => ({ ...previous, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = readIntake(values);
    if ('problems' in read) return form.show(read.problems);
    try {
      const { data } = await open({ variables: { input: { programmeId, ...read.input } } });
      navigate(`/internships/manage/intakes/${data?.openInternshipIntake.id ?? ''}`, {
        state: { flash: `${read.input.name} is open` },
      });
    } catch (error) {
      form.show(problemsFrom(error));
    }
  };

  return (
    <>
      <BackLink href={`/internships/manage/programmes/${programmeId}`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={form.errors} />
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <TextInput
              id="name"
              name="name"
              label="Intake name"
              hint="For example, 2026 intake"
              value={values.name}
              onChange={setText('name')}
              errorMessage={form.errors.byField['name']}
            />
            <TextInput
              id="code"
              name="code"
              label="Intake code"
              hint="Unique in the programme, for example 2026"
              width="10"
              spellCheck={false}
              value={values.code}
              onChange={setText('code')}
              errorMessage={form.errors.byField['code']}
            />
            <DateInput
              id="applications-open"
              legend="Applications open"
              hint="For example, 1 3 2026"
              value={values.applicationsOpen}
              onChange={setDate('applicationsOpen')}
              errorMessage={form.errors.byField['applicationsOpen']}
            />
            <DateInput
              id="applications-close"
              legend="Applications close"
              value={values.applicationsClose}
              onChange={setDate('applicationsClose')}
              errorMessage={form.errors.byField['applicationsClose']}
            />
            <DateInput
              id="start-date"
              legend="Internships start"
              hint="Applicants’ ages are checked on this date"
              value={values.startDate}
              onChange={setDate('startDate')}
              errorMessage={form.errors.byField['startDate']}
            />
            <Button preventDoubleClick disabled={loading}>
              Open intake
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
