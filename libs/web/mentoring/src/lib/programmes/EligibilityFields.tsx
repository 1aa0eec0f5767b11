import { Checkboxes, Select, TextInput } from '@pathways/web-ui';
import { sebGroupLabel } from '../vocabulary/labels';
import {
  ELIGIBLE_SEB_GROUPS,
  type ChoiceOption,
  type EditSectionProps,
} from './programme-edit-draft';

export interface EligibilityFieldsProps extends EditSectionProps {
  grades: ChoiceOption[];
  departments: ChoiceOption[];
}

/** Who may apply: every condition left empty lets anyone through. */
export function EligibilityFields({
  draft,
  update,
  errors,
  grades,
  departments,
}: EligibilityFieldsProps) {
  const anyGrade = [{ value: '', text: 'Any grade' }, ...grades];
  return (
    <>
      <h2 className="govuk-heading-m">Who can apply</h2>
      <Checkboxes
        name="seb-groups"
        legend="Which socio-economic backgrounds can apply?"
        legendSize="s"
        hint="Select none to let people from any background apply."
        errorMessage={errors['eligibility.sebGroups']}
        items={ELIGIBLE_SEB_GROUPS.map((group) => ({ value: group, text: sebGroupLabel(group) }))}
        values={draft.sebGroups}
        onChange={(sebGroups) => update({ sebGroups })}
      />
      <Select
        id="minimum-grade"
        name="minimum-grade"
        label="Lowest grade that can apply"
        errorMessage={errors['eligibility.minimumGrade']}
        options={anyGrade}
        value={draft.minimumGrade}
        onChange={(minimumGrade) => update({ minimumGrade })}
      />
      <Select
        id="maximum-grade"
        name="maximum-grade"
        label="Highest grade that can apply"
        errorMessage={errors['eligibility.maximumGrade']}
        options={anyGrade}
        value={draft.maximumGrade}
        onChange={(maximumGrade) => update({ maximumGrade })}
      />
      <Checkboxes
        name="eligible-departments"
        legend="Which departments can people apply from?"
        legendSize="s"
        hint="Select none to let people from any department apply."
        small
        errorMessage={errors['eligibility.departments']}
        items={departments}
        values={draft.eligibleDepartments}
        onChange={(eligibleDepartments) => update({ eligibleDepartments })}
      />
      <Checkboxes
        name="care-leaver"
        legend="Care leavers"
        legendSize="s"
        items={[{ value: 'yes', text: 'Only care leavers can apply' }]}
        values={draft.careLeaver ? ['yes'] : []}
        onChange={(values) => update({ careLeaver: values.includes('yes') })}
      />
      <TextInput
        id="minimum-age"
        name="minimum-age"
        label="Youngest age that can apply (optional)"
        hint="On the day the cohort starts, from 14 to 80"
        width="3"
        inputMode="numeric"
        errorMessage={errors['eligibility.minimumAge']}
        value={draft.minimumAge}
        onChange={(minimumAge) => update({ minimumAge })}
      />
      <TextInput
        id="maximum-age"
        name="maximum-age"
        label="Oldest age that can apply (optional)"
        hint="On the day the cohort starts, from 14 to 80"
        width="3"
        inputMode="numeric"
        errorMessage={errors['eligibility.maximumAge']}
        value={draft.maximumAge}
        onChange={(maximumAge) => update({ maximumAge })}
      />
    </>
  );
}
