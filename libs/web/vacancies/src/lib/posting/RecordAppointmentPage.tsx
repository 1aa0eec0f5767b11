import { useAcceleratorRoleQuery, useRecordAppointmentMutation } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  FormErrorSummary,
  Loading,
  NotAllowed,
  TextInput,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { QueryProblem } from '../common/QueryProblem';

const FIELD_IDS = { staffNumber: 'staff-number', vacancyId: 'staff-number' };

/** The poster records who got the role, by staff number: the last stage of the funnel. */
export function RecordAppointmentPage() {
  const { vacancyId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error } = useAcceleratorRoleQuery({ variables: { input: { vacancyId } } });
  const [record, { loading }] = useRecordAppointmentMutation();
  const [staffNumber, setStaffNumber] = useState('');
  const { errors, hasErrors, show } = useFormErrors(FIELD_IDS, 'staffNumber');
  useDocumentTitle('Record who was appointed', hasErrors);
  if (error) return <QueryProblem error={error} who="the person who posted the role" />;
  if (!data) return <Loading what="the role" />;
  const vacancy = data.acceleratorRole;
  if (!vacancy.postedByMe) return <NotAllowed who="the person who posted the role" />;
  const back = `/vacancies/${vacancy.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = staffNumber.trim();
    if (!trimmed)
      return show([
        { field: 'staffNumber', message: 'Enter the staff number of the person appointed' },
      ]);
    try {
      await record({ variables: { input: { vacancyId: vacancy.id, staffNumber: trimmed } } });
      const state: FlashState = { flash: 'Appointment recorded' };
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
          <form noValidate onSubmit={(event) => void submit(event)}>
            <TextInput
              id="staff-number"
              name="staffNumber"
              label="Record who was appointed"
              labelSize="l"
              labelIsPageHeading
              hint="Their staff number. It counts in the funnel's totals, never by name."
              width="20"
              spellCheck={false}
              value={staffNumber}
              onChange={setStaffNumber}
              errorMessage={errors.byField['staffNumber']}
            />
            <Button preventDoubleClick disabled={loading}>
              Record appointment
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
