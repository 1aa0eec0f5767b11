import { useUpdateProgrammeMutation, type ProgrammeEditOptionsQuery } from '@pathways/web-graphql';
import {
  Button,
  Checkboxes,
  FormErrorSummary,
  Textarea,
  TextInput,
  useDocumentTitle,
  useFormErrors,
  useLinkComponent,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { EligibilityFields } from './EligibilityFields';
import { MatchingRulesFields } from './MatchingRulesFields';
import {
  draftFromProgramme,
  PROGRAMME_EDIT_FIELD_IDS,
  type ChoiceOption,
  type EditableProgramme,
  type ProgrammeEditDraft,
} from './programme-edit-draft';
import {
  checkProgrammeEdit,
  MAX_DURATION_MONTHS,
  MIN_DURATION_MONTHS,
} from './programme-edit-form';
import { WeightsFields } from './WeightsFields';

/** Active departments, and any inactive one the programme still names so it is not dropped. */
function departmentOptions(
  departments: ProgrammeEditOptionsQuery['departments'],
  chosen: readonly string[],
): ChoiceOption[] {
  return departments
    .filter((department) => department.active || chosen.includes(department.code))
    .map((department) => ({ value: department.code, text: department.name }));
}

export function ProgrammeEditForm({
  programme,
  options,
}: {
  programme: EditableProgramme & { code: string };
  options: ProgrammeEditOptionsQuery;
}) {
  const navigate = useNavigate();
  const Link = useLinkComponent();
  const [draft, setDraft] = useState<ProgrammeEditDraft>(() => draftFromProgramme(programme));
  const [save, { loading }] = useUpdateProgrammeMutation();
  const { errors, hasErrors, show } = useFormErrors(PROGRAMME_EDIT_FIELD_IDS, 'name');
  useDocumentTitle('Change the programme', hasErrors);
  const update = (change: Partial<ProgrammeEditDraft>) => setDraft((d) => ({ ...d, ...change }));
  const section = {
    draft,
    update,
    errors: errors.byField,
    role: programme.type === 'sponsorship' ? 'sponsor' : 'mentor',
  };
  const grades = [...options.grades]
    .sort((a, b) => a.rank - b.rank)
    .map((grade) => ({ value: grade.code, text: `${grade.name} (${grade.code})` }));
  const departments = departmentOptions(options.departments, [
    ...draft.participatingDepartments,
    ...draft.eligibleDepartments,
  ]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { problems, input } = checkProgrammeEdit(draft);
    if (!input) return show(problems);
    try {
      const { data } = await save({ variables: { input } });
      if (!data) throw new Error('no programme');
      const state: FlashState = { flash: `${data.updateProgramme.name} changed` };
      navigate(`/programmes/${programme.id}`, { state });
    } catch (error) {
      show(problemsFrom(error));
    }
  };

  return (
    <>
      <FormErrorSummary errors={errors} />
      <span className="govuk-caption-l">{programme.code}</span>
      <h1 className="govuk-heading-l">Change the programme</h1>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <h2 className="govuk-heading-m">The programme</h2>
        <TextInput
          id="name"
          name="name"
          label="Programme name"
          value={draft.name}
          onChange={(name) => update({ name })}
          errorMessage={errors.byField['name']}
        />
        <Textarea
          id="description"
          name="description"
          label="Description (optional)"
          labelSize="s"
          hint="People see this when they look for mentoring. Up to 2,000 characters."
          value={draft.description}
          onChange={(description) => update({ description })}
          errorMessage={errors.byField['description']}
        />
        <TextInput
          id="duration-months"
          name="duration-months"
          label="Length in months"
          hint={`From ${MIN_DURATION_MONTHS} to ${MAX_DURATION_MONTHS}`}
          width="2"
          inputMode="numeric"
          value={draft.durationMonths}
          onChange={(durationMonths) => update({ durationMonths })}
          errorMessage={errors.byField['durationMonths']}
        />
        <Checkboxes
          name="participating-departments"
          legend="Which departments take part?"
          legendSize="s"
          hint={`${section.role === 'sponsor' ? 'Sponsors' : 'Mentors'} come from these departments. Select none for any department.`}
          small
          errorMessage={errors.byField['participatingDepartments']}
          items={departments}
          values={draft.participatingDepartments}
          onChange={(participatingDepartments) => update({ participatingDepartments })}
        />
        <EligibilityFields {...section} grades={grades} departments={departments} />
        <MatchingRulesFields {...section} grades={grades} />
        <WeightsFields {...section} />
        <div className="govuk-button-group">
          <Button preventDoubleClick disabled={loading}>
            Save changes
          </Button>
          <Link href={`/programmes/${programme.id}`} className="govuk-link">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
