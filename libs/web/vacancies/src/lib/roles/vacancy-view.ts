import type { VacancyFieldsFragment } from '@pathways/web-graphql';
import { CATEGORY_LABELS, CONTRACT_TYPE_LABELS, WORKING_PATTERN_LABELS } from '../common/labels';
import { formatDate } from '../common/dates';
import { nameOf, namesOf, type ReferenceData } from '../common/reference';

export type VacancyView = VacancyFieldsFragment;

export interface Fact {
  key: string;
  value: string;
}

/** "London, North West, or remote"; "Remote" alone; or the regions alone. */
export function locationText(
  vacancy: Pick<VacancyView, 'regionCodes' | 'remote'>,
  reference: ReferenceData,
): string {
  const regions = namesOf(reference, 'regions', vacancy.regionCodes);
  if (regions.length === 0) return vacancy.remote ? 'Remote' : 'Not stated';
  if (!vacancy.remote) return regions.join(', ');
  return `${regions.join(', ')}, or remote`;
}

export function reservedText(
  vacancy: Pick<VacancyView, 'reservedForTalentScheme' | 'talentScheme'>,
) {
  if (!vacancy.reservedForTalentScheme) return 'No, open to everyone eligible';
  return `Yes, for ${vacancy.talentScheme ?? 'a talent scheme'}`;
}

/** The role's details as summary list rows, in the order a reader weighs them. */
export function vacancyFacts(vacancy: VacancyView, reference: ReferenceData): Fact[] {
  return [
    { key: 'Department', value: nameOf(reference, 'departments', vacancy.departmentCode) },
    {
      key: vacancy.gradeCodes.length === 1 ? 'Grade' : 'Grades',
      value: namesOf(reference, 'grades', vacancy.gradeCodes).join(', '),
    },
    {
      key: 'Profession',
      value: vacancy.professionCode
        ? nameOf(reference, 'professions', vacancy.professionCode)
        : 'Any profession',
    },
    { key: 'Location', value: locationText(vacancy, reference) },
    { key: 'Working pattern', value: WORKING_PATTERN_LABELS[vacancy.workingPattern] },
    { key: 'Contract type', value: CONTRACT_TYPE_LABELS[vacancy.contractType] },
    { key: 'Closing date', value: formatDate(vacancy.closingDate) },
    { key: 'Why it accelerates a career', value: CATEGORY_LABELS[vacancy.category] },
    { key: 'Reserved for a talent scheme', value: reservedText(vacancy) },
  ];
}
