import { useVacancyReferenceDataQuery } from '@pathways/web-graphql';
import type { ReferenceData } from './reference';

export interface ReferenceState {
  reference: ReferenceData | null;
  error: unknown;
}

/** Departments, grades, professions and regions; they change rarely, so the cache serves them. */
export function useReferenceData(): ReferenceState {
  const { data, error } = useVacancyReferenceDataQuery();
  return { reference: data ?? null, error };
}
