import type { DepartmentRule, ProfessionRule } from '@pathways/web-graphql';
import { Radios, Select, TextInput } from '@pathways/web-ui';
import { DEPARTMENT_RULE_LABELS, PROFESSION_RULE_LABELS } from '../vocabulary/labels';
import type { ChoiceOption, EditSectionProps } from './programme-edit-draft';
import { MAX_MENTOR_CAPACITY } from './programme-edit-form';

const PROFESSION_RULES: readonly ProfessionRule[] = ['any', 'prefer_same', 'same', 'other'];
const DEPARTMENT_RULES: readonly DepartmentRule[] = ['any', 'same', 'other'];

/** Hard rules: the engine never proposes a pair that breaks one. */
export function MatchingRulesFields({
  draft,
  update,
  errors,
  role,
  grades,
}: EditSectionProps & { grades: ChoiceOption[] }) {
  return (
    <>
      <h2 className="govuk-heading-m">How {role}s are matched</h2>
      <p className="govuk-body">The matching never suggests a pair that breaks these rules.</p>
      <Select
        id="mentor-minimum-grade"
        name="mentor-minimum-grade"
        label={`Lowest grade a ${role} can be`}
        errorMessage={errors['matchingRules.mentorMinimumGrade']}
        options={grades}
        value={draft.mentorMinimumGrade}
        onChange={(mentorMinimumGrade) => update({ mentorMinimumGrade })}
      />
      <TextInput
        id="minimum-grade-gap"
        name="minimum-grade-gap"
        label="Smallest grade gap"
        hint={`How many grades at least the ${role} is above the mentee, from -10 to 10. 0 allows the same grade.`}
        width="3"
        inputMode="numeric"
        errorMessage={errors['matchingRules.minimumGradeGap']}
        value={draft.minimumGradeGap}
        onChange={(minimumGradeGap) => update({ minimumGradeGap })}
      />
      <TextInput
        id="maximum-grade-gap"
        name="maximum-grade-gap"
        label="Largest grade gap (optional)"
        hint={`How many grades at most the ${role} is above the mentee. Leave empty for no limit.`}
        width="3"
        inputMode="numeric"
        errorMessage={errors['matchingRules.maximumGradeGap']}
        value={draft.maximumGradeGap}
        onChange={(maximumGradeGap) => update({ maximumGradeGap })}
      />
      <Radios
        name="profession"
        legend={`Which profession can the ${role} be from?`}
        legendSize="s"
        errorMessage={errors['matchingRules.profession']}
        items={PROFESSION_RULES.map((rule) => ({
          value: rule,
          text: PROFESSION_RULE_LABELS[rule],
        }))}
        value={draft.profession}
        onChange={(profession) => update({ profession: profession as ProfessionRule })}
      />
      <Radios
        name="department"
        legend={`Which department can the ${role} be from?`}
        legendSize="s"
        errorMessage={errors['matchingRules.department']}
        items={DEPARTMENT_RULES.map((rule) => ({
          value: rule,
          text: DEPARTMENT_RULE_LABELS[rule],
        }))}
        value={draft.department}
        onChange={(department) => update({ department: department as DepartmentRule })}
      />
      <TextInput
        id="default-mentor-capacity"
        name="default-mentor-capacity"
        label={`Mentees per ${role}`}
        hint={`How many mentees a ${role} takes on unless they say otherwise, from 1 to ${MAX_MENTOR_CAPACITY}`}
        width="2"
        inputMode="numeric"
        errorMessage={errors['matchingRules.defaultMentorCapacity']}
        value={draft.defaultMentorCapacity}
        onChange={(defaultMentorCapacity) => update({ defaultMentorCapacity })}
      />
    </>
  );
}
