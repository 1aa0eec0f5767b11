import type { ApplyToCohortInput, Preference, SessionTopic } from '@pathways/web-graphql';
import type { Problem } from '@pathways/web-ui';
import { createDraftStore } from '../common/draft-store';

export const APPLICATION_STEPS = [
  'goals',
  'topics',
  'profession',
  'department',
  'region',
  'availability',
] as const;
export type ApplicationStep = (typeof APPLICATION_STEPS)[number];

export interface ApplicationDraft {
  cohortId: string;
  goals: string;
  topics: SessionTopic[];
  professionPreference: Preference | null;
  departmentPreference: Preference | null;
  /** '' for the region the applicant works in. */
  region: string | null;
  availability: string;
}

export const emptyApplicationDraft = (cohortId: string): ApplicationDraft => ({
  cohortId,
  goals: '',
  topics: [],
  professionPreference: null,
  departmentPreference: null,
  region: null,
  availability: '',
});

export const applicationDraftStore = createDraftStore(emptyApplicationDraft(''));

export function isApplicationStep(value: string | undefined): value is ApplicationStep {
  return (APPLICATION_STEPS as readonly string[]).includes(value ?? '');
}

/** The problem with this step's answer, or null; limits are the API's. */
export function stepProblem(step: ApplicationStep, draft: ApplicationDraft): Problem | null {
  switch (step) {
    case 'goals':
      if (!draft.goals.trim())
        return { field: 'goals', message: 'Enter what you would like to get from mentoring' };
      if (draft.goals.length > 2000)
        return { field: 'goals', message: 'Goals must be 2,000 characters or fewer' };
      return null;
    case 'topics':
      return draft.topics.length ? null : { field: 'topics', message: 'Select at least one topic' };
    case 'profession':
      return draft.professionPreference
        ? null
        : {
            field: 'professionPreference',
            message: 'Select which profession you would like your mentor to be from',
          };
    case 'department':
      return draft.departmentPreference
        ? null
        : {
            field: 'departmentPreference',
            message: 'Select which department you would like your mentor to be from',
          };
    case 'region':
      return draft.region !== null
        ? null
        : { field: 'region', message: 'Select where you would like to meet your mentor' };
    case 'availability':
      return draft.availability.length > 500
        ? { field: 'availability', message: 'Availability must be 500 characters or fewer' }
        : null;
  }
}

export const applyPath = (
  cohortId: string,
  page: ApplicationStep | 'check' | 'confirmation' | null = null,
) => `/mentoring/cohorts/${cohortId}/apply${page ? `/${page}` : ''}`;

/** Where Continue leads: the next question, or back to check answers when changing one. */
export function nextApplyPath(
  draft: ApplicationDraft,
  step: ApplicationStep,
  changing: boolean,
): string {
  const index = APPLICATION_STEPS.indexOf(step);
  const next = APPLICATION_STEPS[index + 1];
  if (changing || !next) return applyPath(draft.cohortId, 'check');
  return applyPath(draft.cohortId, next);
}

export function previousApplyPath(
  cohortId: string,
  step: ApplicationStep,
  changing: boolean,
): string {
  if (changing) return applyPath(cohortId, 'check');
  const previous = APPLICATION_STEPS[APPLICATION_STEPS.indexOf(step) - 1];
  return applyPath(cohortId, previous ?? null);
}

/** The first unanswered question, so check answers is reached only with every answer given. */
export function firstIncompleteStep(draft: ApplicationDraft): ApplicationStep | null {
  return APPLICATION_STEPS.find((step) => stepProblem(step, draft) !== null) ?? null;
}

export function applicationInput(draft: ApplicationDraft): ApplyToCohortInput {
  return {
    cohortId: draft.cohortId,
    goals: draft.goals.trim(),
    topics: draft.topics,
    professionPreference: draft.professionPreference ?? 'any',
    departmentPreference: draft.departmentPreference ?? 'any',
    region: draft.region ? draft.region : null,
    availability: draft.availability.trim(),
  };
}
