import { GRADES } from '@pathways/domain-seb';
import {
  useCareerEventDepartmentsQuery,
  useSetFiveYearTargetMutation,
} from '@pathways/web-graphql';
import {
  Button,
  Checkboxes,
  Radios,
  Select,
  TextInput,
  FormErrorSummary,
  useFormErrors,
} from '@pathways/web-ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { problemsFrom } from '../common/graphql-errors';
import { sebGroupLabel } from '../format/labels';
import {
  checkTargetForm,
  EMPTY_TARGET_FORM,
  TARGET_FIELD_IDS,
  TARGET_GROUPS,
  type TargetForm,
} from './target-form';

export interface TargetBeingChanged {
  id: string;
  form: TargetForm;
}

export interface TargetFormSectionProps {
  /** The target being changed; null to add one. Give a new React key for each target. */
  changing: TargetBeingChanged | null;
  onSaved: (name: string) => void;
  onCancel: () => void;
}

/** Adds a target, or changes the one chosen in the table above it. */
export function TargetFormSection({ changing, onSaved, onCancel }: TargetFormSectionProps) {
  const [form, setForm] = useState<TargetForm>(changing?.form ?? EMPTY_TARGET_FORM);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (changing) heading.current?.focus();
  }, [changing]);
  const [save, { loading }] = useSetFiveYearTargetMutation();
  const departments = useCareerEventDepartmentsQuery();
  const { errors, show, clear } = useFormErrors(TARGET_FIELD_IDS, 'name');
  const update = (change: Partial<TargetForm>) =>
    setForm((previous) => ({ ...previous, ...change }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { problems, input } = checkTargetForm(form, new Date().getUTCFullYear());
    if (!input) return show(problems);
    try {
      await save({ variables: { input: changing ? { ...input, id: changing.id } : input } });
      clear();
      setForm(EMPTY_TARGET_FORM);
      onSaved(input.name);
    } catch (failure) {
      show(problemsFrom(failure));
    }
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <h2 className="govuk-heading-m" id="target-form" ref={heading} tabIndex={-1}>
          {changing ? `Change the target: ${changing.form.name}` : 'Add a target'}
        </h2>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextInput
            id="name"
            name="name"
            label="Name"
            labelSize="s"
            hint="For example, Share of SCS from lower socio-economic backgrounds"
            value={form.name}
            onChange={(name) => update({ name })}
            errorMessage={errors.byField['name']}
          />
          <Radios
            name="sebGroup"
            idPrefix="seb-group"
            legend="Which background is the target about?"
            legendSize="s"
            value={form.sebGroup}
            items={TARGET_GROUPS.map((group) => ({ value: group, text: sebGroupLabel(group) }))}
            onChange={(sebGroup) => update({ sebGroup })}
            errorMessage={errors.byField['sebGroup']}
          />
          <Checkboxes
            name="grades"
            legend="Which grades does it count?"
            legendSize="s"
            hint="Select none to count every grade."
            small
            items={GRADES.map((grade) => ({ value: grade.code, text: grade.label }))}
            values={form.grades}
            onChange={(grades) => update({ grades })}
            errorMessage={errors.byField['grades']}
          />
          <Select
            id="department"
            name="departmentCode"
            label="Department"
            labelSize="s"
            options={[
              { value: '', text: 'Every department' },
              ...(departments.data?.departments ?? []).map((d) => ({
                value: d.code,
                text: d.name,
              })),
            ]}
            value={form.departmentCode}
            onChange={(departmentCode) => update({ departmentCode })}
            errorMessage={errors.byField['departmentCode']}
          />
          <TextInput
            id="target-percent"
            name="targetPercent"
            label="Target share, as a percentage"
            labelSize="s"
            hint="For example, 25 for 25%"
            width="4"
            inputMode="decimal"
            value={form.targetPercent}
            onChange={(targetPercent) => update({ targetPercent })}
            errorMessage={errors.byField['targetShare']}
          />
          <TextInput
            id="target-year"
            name="targetYear"
            label="Year to reach it by"
            labelSize="s"
            width="4"
            inputMode="numeric"
            value={form.targetYear}
            onChange={(targetYear) => update({ targetYear })}
            errorMessage={errors.byField['targetYear']}
          />
          <div className="govuk-button-group">
            <Button preventDoubleClick disabled={loading}>
              {changing ? 'Save changes' : 'Add target'}
            </Button>
            {changing && (
              <Button variant="secondary" type="button" onClick={onCancel}>
                Cancel
              </Button>
            )}
          </div>
        </form>
      </div>
    </div>
  );
}
