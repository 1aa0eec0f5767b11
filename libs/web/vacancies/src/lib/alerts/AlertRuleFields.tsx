import { Checkboxes, Radios, TextInput, type ShownErrors } from '@pathways/web-ui';
import { DELIVERY_LABELS, keysOf } from '../common/labels';
import { choiceItems, type ReferenceData, type ReferenceKind } from '../common/reference';
import type { AlertRuleForm } from './alert-rule-form';

type CodeField = 'gradeCodes' | 'professionCodes' | 'regionCodes' | 'departmentCodes';

export interface AlertRuleFieldsProps {
  form: AlertRuleForm;
  update: (change: Partial<AlertRuleForm>) => void;
  errors: ShownErrors;
  reference: ReferenceData;
}

const CRITERIA: {
  field: CodeField;
  kind: ReferenceKind;
  id: string;
  legend: string;
  any: string;
}[] = [
  { field: 'gradeCodes', kind: 'grades', id: 'grades', legend: 'Grades', any: 'any grade' },
  {
    field: 'professionCodes',
    kind: 'professions',
    id: 'professions',
    legend: 'Professions',
    any: 'any profession',
  },
  {
    field: 'regionCodes',
    kind: 'regions',
    id: 'regions',
    legend: 'Locations',
    any: 'anywhere (remote roles always match)',
  },
  {
    field: 'departmentCodes',
    kind: 'departments',
    id: 'departments',
    legend: 'Departments',
    any: 'any department',
  },
];

export function AlertRuleFields({ form, update, errors, reference }: AlertRuleFieldsProps) {
  return (
    <>
      <TextInput
        id="name"
        name="name"
        label="Name (optional)"
        labelSize="s"
        hint="To tell your alerts apart, for example ‘Private office in London’"
        value={form.name}
        onChange={(name) => update({ name })}
        errorMessage={errors.byField['name']}
      />
      {CRITERIA.map(({ field, kind, id, legend, any }) => {
        const items = choiceItems(reference, kind);
        return (
          <Checkboxes
            key={field}
            name={field}
            idPrefix={id}
            legend={legend}
            legendSize="s"
            hint={`Select none for ${any}.`}
            small
            items={items}
            values={form[field]}
            onChange={(values) =>
              update({ [field]: items.map((i) => i.value).filter((v) => values.includes(v)) })
            }
            errorMessage={errors.byField[field]}
          />
        );
      })}
      <TextInput
        id="keywords"
        name="keywords"
        label="Words in the role (optional)"
        labelSize="s"
        hint="Separate words or phrases with commas, for example: private office, briefing. A role matches if it has any of them."
        spellCheck={false}
        value={form.keywords}
        onChange={(keywords) => update({ keywords })}
        errorMessage={errors.byField['keywords']}
      />
      <Radios
        name="delivery"
        idPrefix="delivery"
        legend="How often do you want to be told?"
        legendSize="s"
        small
        items={keysOf(DELIVERY_LABELS).map((value) => ({ value, text: DELIVERY_LABELS[value] }))}
        value={form.delivery ?? undefined}
        onChange={(delivery) => update({ delivery: delivery as AlertRuleForm['delivery'] })}
        errorMessage={errors.byField['delivery']}
      />
      <Checkboxes
        name="channels"
        idPrefix="channels"
        legend="How do you want to be told?"
        legendSize="s"
        hint="Every e-mail has a link to stop them."
        small
        items={[
          { value: 'inApp', text: 'In Pathways, in your notifications' },
          { value: 'email', text: 'By e-mail' },
        ]}
        values={form.channels}
        onChange={(values) =>
          update({
            channels: (['inApp', 'email'] as const).filter((channel) => values.includes(channel)),
          })
        }
        errorMessage={errors.byField['inApp']}
      />
    </>
  );
}
