import type { SessionTopic, VolunteerAsMentorInput } from '@pathways/web-graphql';
import type { Problem } from '@pathways/web-ui';
import { createDraftStore } from '../common/draft-store';

export interface VolunteerDraft {
  cohortId: string;
  capacity: string;
  topics: SessionTopic[];
  professions: string[];
}

export const emptyVolunteerDraft = (cohortId: string, capacity = ''): VolunteerDraft => ({
  cohortId,
  capacity,
  topics: [],
  professions: [],
});

export const volunteerDraftStore = createDraftStore(emptyVolunteerDraft(''));

export const VOLUNTEER_FIELD_IDS = {
  capacity: 'capacity',
  topics: 'topics',
  professions: 'professions',
  cohortId: 'capacity',
};

/** Up to 10 mentees at once, the API's limit; 0 keeps the offer without taking anyone on. */
export const MAX_CAPACITY = 10;

export type VolunteerCheck =
  { problems: Problem[]; input: null } | { problems: []; input: VolunteerAsMentorInput };

export function checkVolunteerDraft(draft: VolunteerDraft): VolunteerCheck {
  const problems: Problem[] = [];
  const text = draft.capacity.trim();
  const capacity = Number(text);
  if (!text)
    problems.push({ field: 'capacity', message: 'Enter how many mentees you could take on' });
  else if (!/^\d+$/.test(text) || capacity > MAX_CAPACITY) {
    problems.push({
      field: 'capacity',
      message: `How many mentees must be a whole number from 0 to ${MAX_CAPACITY}`,
    });
  }
  if (draft.topics.length === 0) {
    problems.push({ field: 'topics', message: 'Select at least one topic you could help with' });
  }
  if (problems.length > 0) return { problems, input: null };
  return {
    problems: [],
    input: {
      cohortId: draft.cohortId,
      capacity,
      topics: draft.topics,
      professions: draft.professions,
    },
  };
}
