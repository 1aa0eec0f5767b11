import {
  BackLink,
  Button,
  DateInput,
  datePartsFromIso,
  FormErrorSummary,
  Loading,
  parseDateParts,
  type Problem,
  Radios,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { longDate } from '../common/dates';
import { fullName, OUTCOME_LABELS } from '../common/labels';
import { NotYours } from '../common/NotYours';
import { isOutcome, outcomeDraftFrom, type OutcomeDraft } from './outcome-draft';
import { NOT_YOUR_PLACEMENT, useManagedPlacement } from './useManagedPlacement';

const TITLE = 'What is the outcome of the placement?';
const FIELD_IDS = { outcome: 'outcome', effectiveDate: 'effective-date-day' };

export function OutcomePage() {
  const navigate = useNavigate();
  const previous = outcomeDraftFrom(useLocation().state);
  const { placementId, placement, error } = useManagedPlacement();
  const [outcome, setOutcome] = useState(previous?.outcome ?? '');
  const [date, setDate] = useState(datePartsFromIso(previous?.effectiveDate));
  const form = useFormErrors(FIELD_IDS, 'outcome');
  useDocumentTitle(TITLE, form.hasErrors);
  if (error) return <NotYours what={NOT_YOUR_PLACEMENT} />;
  if (!placement) return <Loading />;
  const base = `/internships/placements/${placementId}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Problem[] = [];
    if (!isOutcome(outcome)) {
      problems.push({ field: 'outcome', message: 'Select the outcome of the placement' });
    }
    const parsed = parseDateParts(date, 'The date it takes effect');
    if (parsed.kind === 'invalid')
      problems.push({ field: 'effectiveDate', message: parsed.message });
    if (problems.length || !isOutcome(outcome)) return form.show(problems);
    const draft: OutcomeDraft = {
      outcome,
      effectiveDate: parsed.kind === 'date' ? parsed.iso : null,
    };
    navigate(`${base}/outcome/check`, { state: draft });
  };
  return (
    <>
      <BackLink href={base} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={form.errors} />
          <form noValidate onSubmit={submit}>
            <Radios
              name="outcome"
              legend={
                <>
                  {placement.intern && (
                    <span className="govuk-caption-l">{fullName(placement.intern)}</span>
                  )}
                  {TITLE}
                </>
              }
              legendIsPageHeading
              items={Object.entries(OUTCOME_LABELS).map(([value, text]) => ({ value, text }))}
              value={outcome}
              onChange={setOutcome}
              errorMessage={form.errors.byField['outcome']}
            />
            <DateInput
              id="effective-date"
              legend="When does it take effect? (optional)"
              hint={`Leave blank for the end of the placement, ${longDate(placement.endDate)}`}
              value={date}
              onChange={setDate}
              errorMessage={form.errors.byField['effectiveDate']}
            />
            <Button>Continue</Button>
          </form>
        </div>
      </div>
    </>
  );
}
