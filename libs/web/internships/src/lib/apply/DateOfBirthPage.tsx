import { DateInput, useDocumentTitle } from '@pathways/web-ui';
import { useState } from 'react';
import { todayIso } from '../common/dates';
import { dateOfBirthProblem } from './apply-flow';
import { ApplyFrame, type ApplyContext } from './ApplyFrame';
import { updateDraft } from './draft-store';
import { QuestionLayout } from './QuestionLayout';
import { useStepNavigation } from './useStepNavigation';

const TITLE = 'What is your date of birth?';

export function DateOfBirthPage() {
  return <ApplyFrame>{(context) => <DateOfBirth {...context} />}</ApplyFrame>;
}

function DateOfBirth(context: ApplyContext) {
  const { intakeId, draft } = context;
  const [value, setValue] = useState(draft.dateOfBirth);
  const [error, setError] = useState<string>();
  useDocumentTitle(TITLE, Boolean(error));
  const { back, continueTo } = useStepNavigation('date-of-birth', context);
  const submit = () => {
    const problem = dateOfBirthProblem(value, todayIso());
    if (problem) return setError(problem.message);
    updateDraft(intakeId, { dateOfBirth: value });
    continueTo();
  };
  return (
    <QuestionLayout
      back={back}
      onSubmit={submit}
      error={error ? { href: '#date-of-birth-day', text: error } : undefined}
    >
      <DateInput
        id="date-of-birth"
        legend={TITLE}
        legendIsPageHeading
        hint="We use it to check your age on the day the internships start. For example, 27 3 2007"
        value={value}
        errorMessage={error}
        onChange={(next) => {
          setValue(next);
          setError(undefined);
        }}
      />
    </QuestionLayout>
  );
}
