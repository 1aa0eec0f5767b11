import type { TagColour } from '@pathways/web-ui';
import type { ApplicationStatus, RelationshipStatus } from '@pathways/web-graphql';

export interface StatusTag {
  text: string;
  colour: TagColour;
}

/** GOV.UK tag colours: green done or going well, blue waiting on someone, grey over. */
export const RELATIONSHIP_STATUS_TAGS: Readonly<Record<RelationshipStatus, StatusTag>> = {
  suggested: { text: 'Suggested', colour: 'grey' },
  proposed: { text: 'Proposed', colour: 'blue' },
  active: { text: 'Active', colour: 'green' },
  completed: { text: 'Completed', colour: 'teal' },
  ended_early: { text: 'Ended early', colour: 'orange' },
  declined: { text: 'Declined', colour: 'red' },
  returned: { text: 'Returned to lead', colour: 'yellow' },
  discarded: { text: 'Replaced', colour: 'grey' },
  withdrawn: { text: 'Withdrawn', colour: 'grey' },
};

export const APPLICATION_STATUS_TAGS: Readonly<Record<ApplicationStatus, StatusTag>> = {
  active: { text: 'Applied', colour: 'blue' },
  withdrawn: { text: 'Withdrawn', colour: 'grey' },
};

export function cohortWindowTag(
  cohort: {
    isOpen: boolean;
    applicationsOpen?: string | null;
    applicationsClose?: string | null;
  },
  today: string,
): StatusTag {
  if (cohort.isOpen) return { text: 'Open for applications', colour: 'green' };
  if (cohort.applicationsOpen && today < cohort.applicationsOpen) {
    return { text: 'Not open yet', colour: 'blue' };
  }
  return { text: 'Applications closed', colour: 'grey' };
}

/** Yes or no only; null when the API could not tell (no record to check against). */
export function eligibleTag(eligible: boolean | null | undefined): StatusTag {
  if (eligible === true) return { text: 'Yes', colour: 'green' };
  if (eligible === false) return { text: 'No', colour: 'red' };
  return { text: 'Not known', colour: 'grey' };
}
