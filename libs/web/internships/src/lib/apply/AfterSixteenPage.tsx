import { Radios, useDocumentTitle } from '@pathways/web-ui';
import { useState } from 'react';
import { ApplyFrame, type ApplyContext } from './ApplyFrame';
import { updateDraft } from './draft-store';
import { QuestionLayout } from './QuestionLayout';
import { useStepNavigation } from './useStepNavigation';

const TITLE = 'Was any of your time in care after your 16th birthday?';
const ERROR = 'Select yes if any of your time in care was after your 16th birthday';

export function AfterSixteenPage() {
  return <ApplyFrame>{(context) => <AfterSixteen {...context} />}</ApplyFrame>;
}

function AfterSixteen(context: ApplyContext) {
  const { intakeId, draft } = context;
  const [value, setValue] = useState<string>(draft.inCareAfterSixteen);
  const [error, setError] = useState(false);
  useDocumentTitle(TITLE, error);
  const { back, continueTo } = useStepNavigation('after-sixteen', context);
  const submit = () => {
    if (value !== 'yes' && value !== 'no') return setError(true);
    updateDraft(intakeId, { inCareAfterSixteen: value });
    continueTo();
  };
  return (
    <QuestionLayout
      back={back}
      onSubmit={submit}
      error={error ? { href: '#in-care-after-sixteen', text: ERROR } : undefined}
    >
      <Radios
        name="inCareAfterSixteen"
        idPrefix="in-care-after-sixteen"
        legend={TITLE}
        legendIsPageHeading
        inline
        errorMessage={error ? ERROR : undefined}
        items={[
          { value: 'yes', text: 'Yes' },
          { value: 'no', text: 'No' },
        ]}
        value={value}
        onChange={(next) => {
          setValue(next);
          setError(false);
        }}
      />
    </QuestionLayout>
  );
}
