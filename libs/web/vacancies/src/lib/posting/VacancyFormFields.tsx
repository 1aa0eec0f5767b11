import {
  Checkboxes,
  DateInput,
  Radios,
  Select,
  Textarea,
  TextInput,
  type ShownErrors,
} from '@pathways/web-ui';
import { CONTRACT_TYPE_LABELS, keysOf, WORKING_PATTERN_LABELS } from '../common/labels';
import { choiceItems, selectOptions, type ReferenceData } from '../common/reference';
import { ApplyFields } from './ApplyFields';
import type { VacancyForm } from './vacancy-form';

export interface VacancyFormFieldsProps {
  form: VacancyForm;
  update: (change: Partial<VacancyForm>) => void;
  errors: ShownErrors;
  reference: ReferenceData;
}

/** The fields of a vacancy, for posting one and for changing it. */
export function VacancyFormFields({ form, update, errors, reference }: VacancyFormFieldsProps) {
  const error = (field: string) => errors.byField[field];
  const grades = choiceItems(reference, 'grades');
  const regions = choiceItems(reference, 'regions');
  return (
    <>
      <TextInput
        id="title"
        name="title"
        label="Job title"
        labelSize="s"
        value={form.title}
        onChange={(title) => update({ title })}
        errorMessage={error('title')}
      />
      <Textarea
        id="summary"
        name="summary"
        label="Description (optional)"
        labelSize="s"
        hint="What the role involves and who it would suit. Alerts match keywords in it."
        value={form.summary}
        onChange={(summary) => update({ summary })}
        errorMessage={error('summary')}
      />
      <Select
        id="department"
        name="departmentCode"
        label="Department"
        labelSize="s"
        options={selectOptions(reference, 'departments', 'Select a department')}
        value={form.departmentCode}
        onChange={(departmentCode) => update({ departmentCode })}
        errorMessage={error('departmentCode')}
      />
      <Checkboxes
        name="gradeCodes"
        idPrefix="grades"
        legend="Grades"
        legendSize="s"
        hint="Select all the grades the role is open to."
        small
        items={grades}
        values={form.gradeCodes}
        onChange={(values) =>
          update({ gradeCodes: grades.map((g) => g.value).filter((v) => values.includes(v)) })
        }
        errorMessage={error('gradeCodes')}
      />
      <Select
        id="profession"
        name="professionCode"
        label="Profession (optional)"
        labelSize="s"
        options={selectOptions(reference, 'professions', 'Any profession')}
        value={form.professionCode}
        onChange={(professionCode) => update({ professionCode })}
        errorMessage={error('professionCode')}
      />
      <Checkboxes
        name="regionCodes"
        idPrefix="regions"
        legend="Where is the role based?"
        legendSize="s"
        hint="Select all that apply, or say it can be done remotely."
        small
        items={[
          ...regions,
          { value: 'remote', text: 'It can be done remotely, from anywhere', id: 'remote' },
        ]}
        values={[...form.regionCodes, ...(form.remote ? ['remote'] : [])]}
        onChange={(values) =>
          update({
            regionCodes: regions.map((r) => r.value).filter((v) => values.includes(v)),
            remote: values.includes('remote'),
          })
        }
        errorMessage={error('regionCodes')}
      />
      <Radios
        name="workingPattern"
        idPrefix="working-pattern"
        legend="Working pattern"
        legendSize="s"
        small
        items={keysOf(WORKING_PATTERN_LABELS).map((value) => ({
          value,
          text: WORKING_PATTERN_LABELS[value],
        }))}
        value={form.workingPattern ?? undefined}
        onChange={(value) => update({ workingPattern: value as VacancyForm['workingPattern'] })}
        errorMessage={error('workingPattern')}
      />
      <Radios
        name="contractType"
        idPrefix="contract-type"
        legend="Contract type"
        legendSize="s"
        small
        items={keysOf(CONTRACT_TYPE_LABELS).map((value) => ({
          value,
          text: CONTRACT_TYPE_LABELS[value],
        }))}
        value={form.contractType ?? undefined}
        onChange={(value) => update({ contractType: value as VacancyForm['contractType'] })}
        errorMessage={error('contractType')}
      />
      <DateInput
        id="closing-date"
        legend="Closing date"
        hint="The last day to apply, for example 27 3 2026"
        value={form.closingDate}
        onChange={(closingDate) => update({ closingDate })}
        errorMessage={error('closingDate')}
      />
      <ApplyFields form={form} update={update} errors={errors} />
    </>
  );
}
