import { TextInput, useDocumentTitle } from '@pathways/web-ui';
import { useState } from 'react';
import { weeksProblem } from './apply-flow';
import { ApplyFrame, type ApplyContext } from './ApplyFrame';
import { updateDraft } from './draft-store';
import { QuestionLayout } from './QuestionLayout';
import { useStepNavigation } from './useStepNavigation';

const TITLE = 'How many weeks were you in care?';

export function WeeksInCarePage() {
  return <ApplyFrame>{(context) => <WeeksInCare {...context} />}</ApplyFrame>;
}

function WeeksInCare(context: ApplyContext) {
  const { intakeId, draft } = context;
  const [value, setValue] = useState(draft.weeksInCare);
  const [error, setError] = useState<string>();
  useDocumentTitle(TITLE, Boolean(error));
  const { back, continueTo } = useStepNavigation('weeks-in-care', context);
  const submit = () => {
    const problem = weeksProblem(value);
    if (problem) return setError(problem.message);
    updateDraft(intakeId, { weeksInCare: value.trim() });
    continueTo();
  };
  return (
    <QuestionLayout
      back={back}
      onSubmit={submit}
      error={error ? { href: '#weeks-in-care', text: error } : undefined}
    >
      <TextInput
        id="weeks-in-care"
        name="weeksInCare"
        label={TITLE}
        labelSize="l"
        labelIsPageHeading
        hint="Add up all the time you spent in care, for example in foster care or a children’s home. If you are not sure, give your best estimate."
        width="4"
        inputMode="numeric"
        spellCheck={false}
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
