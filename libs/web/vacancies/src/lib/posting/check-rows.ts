import type { Fact, VacancyView } from '../roles/vacancy-view';
import { vacancyFacts } from '../roles/vacancy-view';
import type { ReferenceData } from '../common/reference';

/** Every detail of the role, as the "check before you publish" page lists them. */
export function checkRows(vacancy: VacancyView, reference: ReferenceData): Fact[] {
  return [
    { key: 'Job title', value: vacancy.title },
    { key: 'Description', value: vacancy.summary || 'None' },
    ...vacancyFacts(vacancy, reference),
    { key: 'Link to apply', value: vacancy.applyUrl ?? 'None' },
    { key: 'Contact to apply through', value: vacancy.applyContact ?? 'None' },
  ];
}

/** The reserved-share cap is the one refusal the poster fixes by changing the role. */
export function isCapProblem(problem: { field: string | null }): boolean {
  return problem.field === 'reservedForTalentScheme';
}
