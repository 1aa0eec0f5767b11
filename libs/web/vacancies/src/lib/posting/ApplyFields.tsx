import { Radios, Textarea, TextInput, type ShownErrors } from '@pathways/web-ui';
import { CATEGORY_LABELS, keysOf } from '../common/labels';
import type { VacancyForm } from './vacancy-form';

export interface ApplyFieldsProps {
  form: VacancyForm;
  update: (change: Partial<VacancyForm>) => void;
  errors: ShownErrors;
}

/** How to apply, why the role accelerates a career, and whether a talent scheme has it. */
export function ApplyFields({ form, update, errors }: ApplyFieldsProps) {
  const error = (field: string) => errors.byField[field];
  return (
    <>
      <h2 className="govuk-heading-m">How to apply</h2>
      <p className="govuk-body">Give a link to the application form, a contact, or both.</p>
      <TextInput
        id="apply-url"
        name="applyUrl"
        type="url"
        label="Link to apply (optional)"
        labelSize="s"
        hint="For example, the role on Civil Service Jobs"
        spellCheck={false}
        value={form.applyUrl}
        onChange={(applyUrl) => update({ applyUrl })}
        errorMessage={error('applyUrl')}
      />
      <Textarea
        id="apply-contact"
        name="applyContact"
        label="Contact to apply through (optional)"
        labelSize="s"
        hint="A name and e-mail address, or a team mailbox"
        rows={3}
        value={form.applyContact}
        onChange={(applyContact) => update({ applyContact })}
        errorMessage={error('applyContact')}
      />
      <Radios
        name="category"
        idPrefix="category"
        legend="Why does the role accelerate a career?"
        legendSize="s"
        small
        items={keysOf(CATEGORY_LABELS).map((value) => ({ value, text: CATEGORY_LABELS[value] }))}
        value={form.category ?? undefined}
        onChange={(value) => update({ category: value as VacancyForm['category'] })}
        errorMessage={error('category')}
      />
      <Radios
        name="reserved"
        idPrefix="reserved"
        legend="Is the role reserved for a talent scheme?"
        legendSize="s"
        hint="For example, only open to the Fast Stream. Each department caps the share of its open accelerator roles that are reserved."
        small
        items={[
          { value: 'no', text: 'No, anyone eligible can apply' },
          { value: 'yes', text: 'Yes, it is reserved for a talent scheme' },
        ]}
        value={form.reserved ?? undefined}
        onChange={(value) => update({ reserved: value === 'yes' ? 'yes' : 'no' })}
        errorMessage={error('reservedForTalentScheme')}
      />
      {form.reserved === 'yes' && (
        <TextInput
          id="talent-scheme"
          name="talentScheme"
          label="Which talent scheme?"
          labelSize="s"
          value={form.talentScheme}
          onChange={(talentScheme) => update({ talentScheme })}
          errorMessage={error('talentScheme')}
        />
      )}
    </>
  );
}
