import {
  useApplicationOptionsQuery,
  type Preference,
  type SessionTopic,
} from '@pathways/web-graphql';
import { Checkboxes, Loading, Radios, Textarea } from '@pathways/web-ui';
import type { ReactNode } from 'react';
import { SESSION_TOPICS, TOPIC_LABELS } from '../vocabulary/labels';
import type { ApplicationDraft, ApplicationStep } from './application-flow';
import { PREFERENCE_ITEMS, STEP_HINTS, STEP_TITLES } from './application-wording';

export interface ApplyStepFieldProps {
  step: ApplicationStep;
  draft: ApplicationDraft;
  onChange: (draft: ApplicationDraft) => void;
  errors: Readonly<Record<string, string>>;
}

const caption = <span className="govuk-caption-l">Apply for mentoring</span>;

/** The question of one step, with its label or legend as the page's heading. */
export function ApplyStepField({ step, draft, onChange, errors }: ApplyStepFieldProps) {
  const title = STEP_TITLES[step];
  const hint = STEP_HINTS[step];
  const heading = (
    <>
      {caption}
      {title}
    </>
  );
  switch (step) {
    case 'goals':
    case 'availability':
      return (
        <Textarea
          id={step}
          name={step}
          label={heading}
          labelSize="l"
          labelIsPageHeading
          hint={hint}
          rows={step === 'goals' ? 8 : 4}
          value={draft[step]}
          errorMessage={errors[step]}
          onChange={(value) => onChange({ ...draft, [step]: value })}
        />
      );
    case 'topics':
      return (
        <Checkboxes
          name="topics"
          legend={heading}
          legendIsPageHeading
          hint={hint}
          errorMessage={errors['topics']}
          items={SESSION_TOPICS.map((topic) => ({ value: topic, text: TOPIC_LABELS[topic] }))}
          values={draft.topics}
          onChange={(values) =>
            onChange({
              ...draft,
              topics: SESSION_TOPICS.filter((t) => values.includes(t)) as SessionTopic[],
            })
          }
        />
      );
    case 'profession':
    case 'department': {
      const field = step === 'profession' ? 'professionPreference' : 'departmentPreference';
      return (
        <Radios
          name={step}
          legend={heading}
          legendIsPageHeading
          hint={hint}
          errorMessage={errors[field]}
          items={PREFERENCE_ITEMS(step)}
          value={draft[field] ?? undefined}
          onChange={(value) => onChange({ ...draft, [field]: value as Preference })}
        />
      );
    }
    case 'region':
      return (
        <RegionField
          draft={draft}
          onChange={onChange}
          error={errors['region']}
          heading={heading}
          hint={hint}
        />
      );
  }
}

const OWN_REGION = 'own';

function RegionField({
  draft,
  onChange,
  error,
  heading,
  hint,
}: {
  draft: ApplicationDraft;
  onChange: (draft: ApplicationDraft) => void;
  error?: string;
  heading: ReactNode;
  hint: string;
}) {
  const { data } = useApplicationOptionsQuery();
  if (!data) return <Loading what="regions" />;
  return (
    <Radios
      name="region"
      legend={heading}
      legendIsPageHeading
      hint={hint}
      errorMessage={error}
      items={[
        { value: OWN_REGION, text: 'In the region I work in' },
        ...data.regions.map((region) => ({ value: region.code, text: region.name })),
      ]}
      value={draft.region === null ? undefined : draft.region || OWN_REGION}
      onChange={(value) => onChange({ ...draft, region: value === OWN_REGION ? '' : value })}
    />
  );
}
