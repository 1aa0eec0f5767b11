import { useRecordCareerEventMutation } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  TextInput,
  FormErrorSummary,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { isoToday } from '../format/labels';
import {
  CAREER_EVENT_FIELD_IDS,
  checkCareerEventForm,
  checkStaffNumber,
  EMPTY_CAREER_EVENT_FORM,
  type CareerEventForm,
} from './career-event-form';
import { CareerEventFields } from './CareerEventFields';
import { careerEventTypeLabel } from './career-vocabulary';

/** A lead records a step for someone on their programme; it counts straight away. */
export function RecordCareerEventPage() {
  const { programme = '' } = useParams();
  const navigate = useNavigate();
  const [staffNumber, setStaffNumber] = useState('');
  const [form, setForm] = useState<CareerEventForm>(EMPTY_CAREER_EVENT_FORM);
  const [record, { loading }] = useRecordCareerEventMutation();
  const { errors, hasErrors, show } = useFormErrors(CAREER_EVENT_FIELD_IDS, 'staffNumber');
  useDocumentTitle('Record a career event', hasErrors);
  const back = `/outcomes/${encodeURIComponent(programme)}/career-events`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const staffProblems = checkStaffNumber(staffNumber);
    const { problems, input } = checkCareerEventForm(form, isoToday());
    if (staffProblems.length > 0 || !input) return show([...staffProblems, ...problems]);
    try {
      await record({ variables: { input: { ...input, staffNumber: staffNumber.trim() } } });
      const state: FlashState = {
        flash: `${careerEventTypeLabel(input.type)} recorded for staff number ${staffNumber.trim()}`,
      };
      void navigate(back, { state });
    } catch (failure) {
      show(problemsFrom(failure));
    }
  };
  return (
    <>
      <BackLink href={back} text="Career events" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <span className="govuk-caption-l">{programme}</span>
          <h1 className="govuk-heading-l">Record a career event</h1>
          <p className="govuk-body">
            For someone enrolled in a programme you lead. What you record counts in the outcome
            report straight away, so check it with the person first.
          </p>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <TextInput
              id="staff-number"
              name="staffNumber"
              label="Staff number"
              labelSize="s"
              hint="It stays with the person across departments"
              width="10"
              spellCheck={false}
              value={staffNumber}
              onChange={setStaffNumber}
              errorMessage={errors.byField['staffNumber']}
            />
            <CareerEventFields
              form={form}
              onChange={(change) => setForm((previous) => ({ ...previous, ...change }))}
              errors={errors.byField}
              whose="their"
            />
            <Button preventDoubleClick disabled={loading}>
              Record career event
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
