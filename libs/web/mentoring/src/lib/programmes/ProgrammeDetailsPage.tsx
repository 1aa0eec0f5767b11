import {
  BackLink,
  Button,
  FormErrorSummary,
  Loading,
  ServiceProblem,
  TextInput,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import { useDraftStore } from '../common/draft-store';
import {
  normaliseProgrammeCode,
  PROGRAMME_FIELD_IDS,
  programmeDetailsProblems,
  programmeDraftStore,
} from './programme-form';
import { RulesSummary } from './RulesSummary';
import { usePresetOf } from './usePresetOf';

export function ProgrammeDetailsPage() {
  const navigate = useNavigate();
  const draft = useDraftStore(programmeDraftStore);
  const { preset, loading, failed } = usePresetOf(draft);
  const [name, setName] = useState(draft.name);
  const [code, setCode] = useState(draft.code);
  const { errors, hasErrors, show } = useFormErrors(PROGRAMME_FIELD_IDS, 'name');
  useDocumentTitle('Name your programme', hasErrors);
  if (!draft.preset) return <Navigate to="/programmes/new" replace />;
  if (failed) return <ServiceProblem />;
  if (loading || !preset) return <Loading what="the programme’s rules" />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = programmeDetailsProblems({ name, code });
    if (problems.length > 0) return show(problems);
    programmeDraftStore.write({ ...draft, name: name.trim(), code: normaliseProgrammeCode(code) });
    navigate('/programmes/new/check');
  };

  return (
    <>
      <BackLink href="/programmes/new" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <span className="govuk-caption-l">{preset.name}</span>
          <h1 className="govuk-heading-l">Name your programme</h1>
          <form noValidate onSubmit={submit}>
            <TextInput
              id="name"
              name="name"
              label="Programme name"
              hint="People see this when they look for mentoring, for example DWP Catapult"
              value={name}
              onChange={setName}
              errorMessage={errors.byField['name']}
            />
            <TextInput
              id="code"
              name="code"
              label="Programme code"
              hint="2 to 30 capital letters, digits or hyphens, for example DWP-CATAPULT. Reports and roles use it."
              width="20"
              spellCheck={false}
              value={code}
              onChange={setCode}
              errorMessage={errors.byField['code']}
            />
            <Button>Continue</Button>
          </form>
          <h2 className="govuk-heading-l">Rules your programme starts with</h2>
          <p className="govuk-body">{preset.description}</p>
          <RulesSummary rules={preset} headingLevel={3} />
        </div>
      </div>
    </>
  );
}
