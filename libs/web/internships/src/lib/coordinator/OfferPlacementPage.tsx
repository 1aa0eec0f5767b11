import {
  useInternshipIntakeQuery,
  useOfferInternshipPlacementMutation,
  useOfferPlacementChoicesQuery,
} from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  DateInput,
  EMPTY_DATE,
  FormErrorSummary,
  Loading,
  Radios,
  Select,
  TextInput,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { NotYours } from '../common/NotYours';
import { problemsFrom } from '../common/problems';
import { PLACEMENT_FIELD_IDS, readPlacement, type PlacementValues } from './placement-form';

const TITLE = 'Offer a placement';

const EMPTY: PlacementValues = {
  departmentCode: '',
  team: '',
  gradeCode: '',
  regionCode: '',
  workArea: '',
  lineManagerStaffNumber: '',
  startDate: EMPTY_DATE,
  termMonths: '',
};

/** Offered on a department's behalf by the intake's coordinator (or an admin). */
export function OfferPlacementPage() {
  const intakeId = useParams()['intakeId'] ?? '';
  const navigate = useNavigate();
  const intake = useInternshipIntakeQuery({ variables: { id: intakeId } });
  const choices = useOfferPlacementChoicesQuery();
  const [values, setValues] = useState(EMPTY);
  const form = useFormErrors(PLACEMENT_FIELD_IDS, 'departmentCode');
  const [offer, { loading }] = useOfferInternshipPlacementMutation();
  useDocumentTitle(TITLE, form.hasErrors);
  if (intake.error)
    return (
      <NotYours what="Only the coordinators of this programme, and admins, can offer its placements." />
    );
  if (!intake.data || !choices.data) return <Loading />;
  const term = intake.data.internshipIntake.settings.termMonths;
  const set =
    <K extends keyof PlacementValues>(field: K) =>
    (value: PlacementValues[K]) =>
      setValues((previous) => ({ ...previous, [field]: value }));
  const options = (
    items: readonly { code: string; name: string; active?: boolean }[],
    prompt: string,
  ) => [
    { value: '', text: prompt },
    ...items
      .filter((item) => item.active !== false)
      .map((item) => ({ value: item.code, text: item.name })),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = readPlacement(values);
    if ('problems' in read) return form.show(read.problems);
    try {
      await offer({ variables: { input: { intakeId, ...read.input } } });
      navigate(`/internships/manage/intakes/${intakeId}`, {
        state: { flash: 'Placement offered. Its line manager has been told.' },
      });
    } catch (error) {
      form.show(problemsFrom(error));
    }
  };
  const error = (field: keyof PlacementValues) => form.errors.byField[field];

  return (
    <>
      <BackLink href={`/internships/manage/intakes/${intakeId}`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={form.errors} />
          <span className="govuk-caption-l">{intake.data.internshipIntake.name}</span>
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <Select
              id="department"
              name="departmentCode"
              label="Department"
              options={options(choices.data.departments, 'Select a department')}
              value={values.departmentCode}
              onChange={set('departmentCode')}
              errorMessage={error('departmentCode')}
            />
            <TextInput
              id="team"
              name="team"
              label="Team"
              value={values.team}
              onChange={set('team')}
              errorMessage={error('team')}
            />
            <Radios
              name="gradeCode"
              idPrefix="grade"
              legend="Grade"
              legendSize="s"
              inline
              items={[
                { value: 'AO', text: 'Administrative Officer (AO)' },
                { value: 'EO', text: 'Executive Officer (EO)' },
              ]}
              value={values.gradeCode}
              onChange={set('gradeCode')}
              errorMessage={error('gradeCode')}
            />
            <Select
              id="region"
              name="regionCode"
              label="Region"
              options={options(choices.data.regions, 'Select a region')}
              value={values.regionCode}
              onChange={set('regionCode')}
              errorMessage={error('regionCode')}
            />
            <Select
              id="work-area"
              name="workArea"
              label="Kind of work"
              options={options(choices.data.professions, 'Select the kind of work')}
              value={values.workArea}
              onChange={set('workArea')}
              errorMessage={error('workArea')}
            />
            <TextInput
              id="line-manager"
              name="lineManagerStaffNumber"
              label="Line manager’s staff number"
              hint="They will be told at once, and asked to complete line manager training before the start date"
              width="10"
              spellCheck={false}
              value={values.lineManagerStaffNumber}
              onChange={set('lineManagerStaffNumber')}
              errorMessage={error('lineManagerStaffNumber')}
            />
            <DateInput
              id="start-date"
              legend="Start date"
              hint="For example, 1 9 2026"
              value={values.startDate}
              onChange={set('startDate')}
              errorMessage={error('startDate')}
            />
            <TextInput
              id="term-months"
              name="termMonths"
              label="Length in months (optional)"
              hint={`Leave blank for the programme’s ${term} months`}
              width="3"
              inputMode="numeric"
              value={values.termMonths}
              onChange={set('termMonths')}
              errorMessage={error('termMonths')}
            />
            <Button preventDoubleClick disabled={loading}>
              Offer placement
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
