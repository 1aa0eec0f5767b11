import { useRecordInternCheckInMutation, type InternCheckInStatus } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  FormErrorSummary,
  Loading,
  type Problem,
  Radios,
  Select,
  Textarea,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { longMonth } from '../common/dates';
import { fullName } from '../common/labels';
import { NotYours } from '../common/NotYours';
import { problemsFrom } from '../common/problems';
import { NOT_YOUR_PLACEMENT, useManagedPlacement } from './useManagedPlacement';

const TITLE = 'Record a monthly check-in';
const FIELD_IDS = { month: 'month', status: 'status', notes: 'notes' };

export function CheckInPage() {
  const navigate = useNavigate();
  const { placementId, placement, error } = useManagedPlacement();
  const [month, setMonth] = useState<string>();
  const [status, setStatus] = useState<InternCheckInStatus | ''>('');
  const [notes, setNotes] = useState('');
  const form = useFormErrors(FIELD_IDS, 'status');
  const [record, { loading }] = useRecordInternCheckInMutation();
  useDocumentTitle(TITLE, form.hasErrors);
  if (error) return <NotYours what={NOT_YOUR_PLACEMENT} />;
  if (!placement) return <Loading />;
  const back = `/internships/placements/${placementId}`;
  const chosenMonth = month ?? placement.checkInMonths[0] ?? '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Problem[] = [];
    if (!chosenMonth) problems.push({ field: 'month', message: 'Select the month' });
    if (!status)
      problems.push({ field: 'status', message: 'Select how your intern is getting on' });
    if (problems.length || !status) return form.show(problems);
    try {
      await record({ variables: { input: { placementId, month: chosenMonth, status, notes } } });
      navigate(back, { state: { flash: `Check-in for ${longMonth(chosenMonth)} recorded` } });
    } catch (failure) {
      form.show(problemsFrom(failure));
    }
  };
  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={form.errors} />
          {placement.intern && (
            <span className="govuk-caption-l">{fullName(placement.intern)}</span>
          )}
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <Select
              id="month"
              name="month"
              label="Month"
              hint="Recording a month again replaces what you recorded before"
              options={placement.checkInMonths.map((value) => ({ value, text: longMonth(value) }))}
              value={chosenMonth}
              onChange={setMonth}
              errorMessage={form.errors.byField['month']}
            />
            <Radios
              name="status"
              legend="How is your intern getting on?"
              legendSize="s"
              hint="If they need support, the scheme’s coordinator is told so they can help"
              items={[
                { value: 'on_track', text: 'On track' },
                { value: 'needs_support', text: 'Needs support' },
              ]}
              value={status}
              onChange={(value) => setStatus(isStatus(value) ? value : '')}
              errorMessage={form.errors.byField['status']}
            />
            <Textarea
              id="notes"
              name="notes"
              label="Notes (optional)"
              labelSize="s"
              hint="The coordinator sees how your intern is getting on, not your notes"
              value={notes}
              onChange={setNotes}
              errorMessage={form.errors.byField['notes']}
            />
            <Button preventDoubleClick disabled={loading}>
              Record check-in
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}

const isStatus = (value: string): value is InternCheckInStatus =>
  value === 'on_track' || value === 'needs_support';
