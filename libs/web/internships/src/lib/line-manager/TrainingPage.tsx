import { useRecordLineManagerTrainingMutation } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  DateInput,
  EMPTY_DATE,
  ErrorSummary,
  Loading,
  parseDateParts,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { todayIso } from '../common/dates';
import { NotYours } from '../common/NotYours';
import { problemsFrom } from '../common/problems';
import { NOT_YOUR_PLACEMENT, useManagedPlacement } from './useManagedPlacement';

const TITLE = 'When did you complete line manager training?';

export function TrainingPage() {
  const navigate = useNavigate();
  const { placementId, placement, error } = useManagedPlacement();
  const [value, setValue] = useState(EMPTY_DATE);
  const [problem, setProblem] = useState<string>();
  const [record, { loading }] = useRecordLineManagerTrainingMutation();
  useDocumentTitle(TITLE, Boolean(problem));
  if (error) return <NotYours what={NOT_YOUR_PLACEMENT} />;
  if (!placement) return <Loading />;
  const back = `/internships/placements/${placementId}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseDateParts(value, 'The date');
    if (parsed.kind === 'empty') return setProblem('Enter the date you completed the training');
    if (parsed.kind === 'invalid') return setProblem(parsed.message);
    if (parsed.iso > todayIso()) return setProblem('The date must be today or in the past');
    try {
      await record({ variables: { input: { placementId, completedOn: parsed.iso } } });
      navigate(back, { state: { flash: 'Your line manager training is recorded' } });
    } catch (failure) {
      setProblem(problemsFrom(failure)[0]?.message);
    }
  };
  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {problem && (
            <ErrorSummary key={problem} errors={[{ href: '#completed-on-day', text: problem }]} />
          )}
          <form noValidate onSubmit={(event) => void submit(event)}>
            <DateInput
              id="completed-on"
              legend={TITLE}
              legendIsPageHeading
              hint="It counts for all your placements in this intake. For example, 14 8 2026"
              value={value}
              errorMessage={problem}
              onChange={(next) => {
                setValue(next);
                setProblem(undefined);
              }}
            />
            <Button preventDoubleClick disabled={loading}>
              Record training
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
