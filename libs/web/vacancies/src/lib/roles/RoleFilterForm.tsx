import { Button, Select, TextInput, useLinkComponent } from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { CATEGORY_LABELS, keysOf } from '../common/labels';
import { selectOptions, type ReferenceData } from '../common/reference';
import type { RoleFilters } from './role-filters';

export interface RoleFilterFormProps {
  initial: RoleFilters;
  reference: ReferenceData;
  onApply: (filters: RoleFilters) => void;
}

/** GOV.UK filter form: every field optional; applying puts the filters in the address. */
export function RoleFilterForm({ initial, reference, onApply }: RoleFilterFormProps) {
  const Link = useLinkComponent();
  const [filters, setFilters] = useState(initial);
  const set = (change: Partial<RoleFilters>) => setFilters((now) => ({ ...now, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(filters);
  };
  const select = (
    id: keyof RoleFilters,
    label: string,
    options: { value: string; text: string }[],
    hint?: string,
  ) => (
    <Select
      id={`filter-${id}`}
      name={id}
      label={label}
      labelSize="s"
      hint={hint}
      options={options}
      value={filters[id]}
      onChange={(value) => set({ [id]: value })}
    />
  );
  return (
    <form role="search" aria-label="Filter roles" noValidate onSubmit={submit}>
      <h2 className="govuk-heading-m">Filter roles</h2>
      <TextInput
        id="filter-keyword"
        name="keyword"
        type="search"
        label="Keywords"
        labelSize="s"
        hint="Words in the title or description"
        spellCheck={false}
        value={filters.keyword}
        onChange={(keyword) => set({ keyword })}
      />
      {select('gradeCode', 'Grade', selectOptions(reference, 'grades', 'Any grade'))}
      {select(
        'professionCode',
        'Profession',
        selectOptions(reference, 'professions', 'Any profession'),
      )}
      {select(
        'regionCode',
        'Location',
        selectOptions(reference, 'regions', 'Anywhere'),
        'Remote roles show for every location',
      )}
      {select(
        'departmentCode',
        'Department',
        selectOptions(reference, 'departments', 'Any department'),
      )}
      {select('category', 'Kind of role', [
        { value: '', text: 'Any kind' },
        ...keysOf(CATEGORY_LABELS).map((value) => ({ value, text: CATEGORY_LABELS[value] })),
      ])}
      <div className="govuk-button-group">
        <Button variant="secondary">Apply filters</Button>
        <Link href="/vacancies" className="govuk-link">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
