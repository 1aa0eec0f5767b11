import { Checkboxes, Loading, ServiceProblem, useDocumentTitle } from '@pathways/web-ui';
import { useState } from 'react';
import { ApplyFrame, type ApplyContext } from './ApplyFrame';
import { updateDraft } from './draft-store';
import { QuestionLayout } from './QuestionLayout';
import { useApplicationChoices } from './useApplicationChoices';
import { useStepNavigation } from './useStepNavigation';

const TITLE = 'Where could you work?';
const ERROR = 'Select at least one region you could work in';

export function RegionsPage() {
  return <ApplyFrame>{(context) => <Regions {...context} />}</ApplyFrame>;
}

function Regions(context: ApplyContext) {
  const { intakeId, draft } = context;
  const choices = useApplicationChoices();
  const [values, setValues] = useState(draft.regions);
  const [error, setError] = useState(false);
  useDocumentTitle(TITLE, error);
  const { back, continueTo } = useStepNavigation('regions', context);
  if (choices.failed) return <ServiceProblem />;
  if (!choices.loaded) return <Loading />;
  const submit = () => {
    if (values.length === 0) return setError(true);
    updateDraft(intakeId, { regions: values });
    continueTo();
  };
  return (
    <QuestionLayout
      back={back}
      onSubmit={submit}
      error={error ? { href: '#regions', text: ERROR } : undefined}
    >
      <Checkboxes
        name="regions"
        legend={TITLE}
        legendIsPageHeading
        hint="Placements are in offices across the UK. We only offer you placements in the regions you choose. Select all that apply."
        errorMessage={error ? ERROR : undefined}
        items={choices.regions.map((region) => ({ value: region.code, text: region.name }))}
        values={values}
        onChange={(next) => {
          setValues(next);
          setError(false);
        }}
      />
    </QuestionLayout>
  );
}
