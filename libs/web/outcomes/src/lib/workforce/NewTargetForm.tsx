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
import { useState, type FormEvent } from 'react';
import { problemsFrom } from '../common/graphql-errors';
import { sebGroupLabel } from '../format/labels';
import {
  checkTargetForm,
  EMPTY_TARGET_FORM,
  TARGET_FIELD_IDS,
  TARGET_GROUPS,
  type TargetForm,
} from './target-form';

export function NewTargetForm({ onAdded }: { onAdded: (name: string) => void }) {
  const [form, setForm] = useState<TargetForm>(EMPTY_TARGET_FORM);
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
      await save({ variables: { input } });
      clear();
      setForm(EMPTY_TARGET_FORM);
      onAdded(input.name);
    } catch (failure) {
      show(problemsFrom(failure));
    }
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <h2 className="govuk-heading-m">Add a target</h2>
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
          <Button preventDoubleClick disabled={loading}>
            Add target
          </Button>
        </form>
      </div>
    </div>
  );
}
