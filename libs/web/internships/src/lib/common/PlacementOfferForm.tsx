import {
  BackLink,
  Button,
  DateInput,
  EMPTY_DATE,
  FormErrorSummary,
  Radios,
  Select,
  TextInput,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import {
  PLACEMENT_FIELD_IDS,
  readPlacement,
  type PlacementInputValues,
  type PlacementValues,
} from '../coordinator/placement-form';
import { problemsFrom } from './problems';

const TITLE = 'Offer a placement';

interface Choice {
  code: string;
  name: string;
  active?: boolean;
}

interface PlacementOfferFormProps {
  intakeName: string;
  /** The programme's term, used when none is given. */
  termMonths: number;
  /** The departments this person may offer in: every one for coordinators, their own for leads. */
  departments: readonly Choice[];
  regions: readonly Choice[];
  professions: readonly Choice[];
  backHref: string;
  /** Sends the offer; a failure's GraphQL errors are shown in the error summary. */
  onOffer: (input: PlacementInputValues) => Promise<void>;
  submitting: boolean;
}

function options(items: readonly Choice[], prompt: string) {
  return [
    { value: '', text: prompt },
    ...items
      .filter((item) => item.active !== false)
      .map((item) => ({ value: item.code, text: item.name })),
  ];
}

/** The offer of one placement: by an intake's coordinator, or by a lead of the department. */
export function PlacementOfferForm(props: PlacementOfferFormProps) {
  const { departments, termMonths, onOffer } = props;
  const [values, setValues] = useState<PlacementValues>(() => ({
    // A lead of one department has nothing to choose.
    departmentCode: departments.length === 1 ? departments[0].code : '',
    team: '',
    gradeCode: '',
    regionCode: '',
    workArea: '',
    lineManagerStaffNumber: '',
    startDate: EMPTY_DATE,
    termMonths: '',
  }));
  const form = useFormErrors(PLACEMENT_FIELD_IDS, 'departmentCode');
  useDocumentTitle(TITLE, form.hasErrors);
  const set =
    <K extends keyof PlacementValues>(field: K) =>
    (value: PlacementValues[K]) =>
      setValues((previous) => ({ ...previous, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = readPlacement(values);
    if ('problems' in read) return form.show(read.problems);
    try {
      await onOffer(read.input);
    } catch (error) {
      form.show(problemsFrom(error));
    }
  };
  const error = (field: keyof PlacementValues) => form.errors.byField[field];

  return (
    <>
      <BackLink href={props.backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={form.errors} />
          <span className="govuk-caption-l">{props.intakeName}</span>
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <Select
              id="department"
              name="departmentCode"
              label="Department"
              options={options(departments, 'Select a department')}
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
              options={options(props.regions, 'Select a region')}
              value={values.regionCode}
              onChange={set('regionCode')}
              errorMessage={error('regionCode')}
            />
            <Select
              id="work-area"
              name="workArea"
              label="Kind of work"
              options={options(props.professions, 'Select the kind of work')}
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
              hint={`Leave blank for the programme’s ${termMonths} months`}
              width="3"
              inputMode="numeric"
              value={values.termMonths}
              onChange={set('termMonths')}
              errorMessage={error('termMonths')}
            />
            <Button preventDoubleClick disabled={props.submitting}>
              Offer placement
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
