import type { UpdateCohortInput } from '@pathways/web-graphql';
import { type DateParts, datePartsFromIso, type Problem } from '@pathways/web-ui';
import { checkCohortDates, cohortNameProblems } from './cohort-form';

/** The change-cohort form: its code is fixed, as reports and exports use it. */
export interface CohortEditDraft {
  id: string;
  name: string;
  applicationsOpen: DateParts;
  applicationsClose: DateParts;
  startDate: DateParts;
}

export function cohortEditDraftFrom(cohort: {
  id: string;
  name: string;
  applicationsOpen?: string | null;
  applicationsClose?: string | null;
  startDate?: string | null;
}): CohortEditDraft {
  return {
    id: cohort.id,
    name: cohort.name,
    applicationsOpen: datePartsFromIso(cohort.applicationsOpen ?? null),
    applicationsClose: datePartsFromIso(cohort.applicationsClose ?? null),
    startDate: datePartsFromIso(cohort.startDate ?? null),
  };
}

export type CohortEditCheck =
  { problems: Problem[]; input: null } | { problems: []; input: UpdateCohortInput };

export function checkCohortEdit(draft: CohortEditDraft): CohortEditCheck {
  const problems = cohortNameProblems(draft.name);
  const { problems: dateProblems, dates } = checkCohortDates(draft);
  problems.push(...dateProblems);
  if (problems.length > 0 || !dates) return { problems, input: null };
  return { problems: [], input: { id: draft.id, name: draft.name.trim(), ...dates } };
}
