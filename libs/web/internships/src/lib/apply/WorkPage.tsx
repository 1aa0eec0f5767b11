import { Checkboxes, Loading, ServiceProblem, useDocumentTitle } from '@pathways/web-ui';
import { useState } from 'react';
import { ApplyFrame, type ApplyContext } from './ApplyFrame';
import { updateDraft } from './draft-store';
import { QuestionLayout } from './QuestionLayout';
import { useApplicationChoices } from './useApplicationChoices';
import { useStepNavigation } from './useStepNavigation';

const TITLE = 'What kind of work would you like to do?';

export function WorkPage() {
  return <ApplyFrame>{(context) => <Work {...context} />}</ApplyFrame>;
}

function Work(context: ApplyContext) {
  const { intakeId, draft } = context;
  const choices = useApplicationChoices();
  const [values, setValues] = useState(draft.work);
  useDocumentTitle(TITLE);
  const { back, continueTo } = useStepNavigation('work', context);
  if (choices.failed) return <ServiceProblem />;
  if (!choices.loaded) return <Loading />;
  const submit = () => {
    updateDraft(intakeId, { work: values });
    continueTo();
  };
  return (
    <QuestionLayout back={back} onSubmit={submit}>
      <Checkboxes
        name="work"
        legend={TITLE}
        legendIsPageHeading
        hint="Select all that interest you. We try to offer you a placement doing this kind of work. Leave them all unselected if you do not mind."
        items={choices.work.map((item) => ({ value: item.code, text: item.name }))}
        values={values}
        onChange={setValues}
      />
    </QuestionLayout>
  );
}
