import { useProgrammePresetsQuery, type ProgrammePresetKey } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  ErrorSummary,
  Loading,
  Radios,
  ServiceProblem,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useDraftStore } from '../common/draft-store';
import { programmeDraftStore } from './programme-form';

const TITLE = 'Which kind of programme do you want to set up?';
const ERROR = 'Select the kind of programme to start from';

export function ChoosePresetPage() {
  const navigate = useNavigate();
  const draft = useDraftStore(programmeDraftStore);
  const { data, error } = useProgrammePresetsQuery();
  const [selected, setSelected] = useState<ProgrammePresetKey | null>(draft.preset);
  const [showError, setShowError] = useState(false);
  useDocumentTitle(TITLE, showError);
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="the kinds of programme" />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!selected) return setShowError(true);
    programmeDraftStore.write({ ...draft, preset: selected });
    navigate('/programmes/new/details');
  };

  return (
    <>
      <BackLink href="/programmes" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {showError && <ErrorSummary errors={[{ href: '#preset', text: ERROR }]} />}
          <form noValidate onSubmit={submit}>
            <Radios
              name="preset"
              legend={
                <>
                  <span className="govuk-caption-l">Create a programme</span>
                  {TITLE}
                </>
              }
              legendIsPageHeading
              hint="Each starts with the rules of a programme that already runs. You see them on the next page."
              errorMessage={showError ? ERROR : undefined}
              items={data.programmePresets.map((preset) => ({
                value: preset.key,
                text: preset.name,
                hint: preset.description,
              }))}
              value={selected ?? undefined}
              onChange={(value) => {
                setSelected(value as ProgrammePresetKey);
                setShowError(false);
              }}
            />
            <Button>Continue</Button>
          </form>
        </div>
      </div>
    </>
  );
}
