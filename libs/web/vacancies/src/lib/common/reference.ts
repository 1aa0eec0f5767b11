import type { VacancyReferenceDataQuery } from '@pathways/web-graphql';
import type { ChoiceItem, SelectOption } from '@pathways/web-ui';

export type ReferenceData = VacancyReferenceDataQuery;
export type ReferenceKind = 'departments' | 'grades' | 'professions' | 'regions';

interface Named {
  code: string;
  name: string;
  active?: boolean;
  rank?: number;
}

/** The name of a code, or the code itself when the list does not know it (a retired entry). */
export function nameOf(reference: ReferenceData, kind: ReferenceKind, code: string): string {
  const list: readonly Named[] = reference[kind];
  return list.find((item) => item.code === code)?.name ?? code;
}

export function namesOf(
  reference: ReferenceData,
  kind: ReferenceKind,
  codes: readonly string[],
): string[] {
  return codes.map((code) => nameOf(reference, kind, code));
}

/** Active entries for choosing, grades by rank and the rest by name. */
function choosable(reference: ReferenceData, kind: ReferenceKind): Named[] {
  const list: readonly Named[] = reference[kind];
  const active = list.filter((item) => item.active !== false);
  return kind === 'grades'
    ? [...active].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    : [...active].sort((a, b) => a.name.localeCompare(b.name));
}

export function choiceItems(reference: ReferenceData, kind: ReferenceKind): ChoiceItem[] {
  return choosable(reference, kind).map((item) => ({ value: item.code, text: item.name }));
}

/** Options for a select, after an empty first option (e.g. "Any grade"). */
export function selectOptions(
  reference: ReferenceData,
  kind: ReferenceKind,
  empty: string,
): SelectOption[] {
  return [
    { value: '', text: empty },
    ...choosable(reference, kind).map((item) => ({ value: item.code, text: item.name })),
  ];
}
