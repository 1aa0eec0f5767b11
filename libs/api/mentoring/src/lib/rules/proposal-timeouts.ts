/** Days after approval before an unanswered proposal gets a reminder. */
export const REMIND_AFTER_DAYS = 5;
/** Days after approval before an unanswered proposal goes back to the programme lead. */
export const RETURN_AFTER_DAYS = 10;

const DAY_MS = 86_400_000;

export interface PendingProposal {
  readonly proposedAt: Date;
  readonly reminderSentAt: Date | null;
  readonly mentorAcceptedAt: Date | null;
  readonly menteeAcceptedAt: Date | null;
}

export type TimeoutStep = 'remind' | 'return' | null;

/** What is due for a proposal still waiting for an answer: one step at a time, never twice. */
export function proposalTimeoutStep(proposal: PendingProposal, now: Date): TimeoutStep {
  if (proposal.mentorAcceptedAt && proposal.menteeAcceptedAt) return null;
  const age = now.getTime() - proposal.proposedAt.getTime();
  if (age >= RETURN_AFTER_DAYS * DAY_MS) return 'return';
  if (age >= REMIND_AFTER_DAYS * DAY_MS && !proposal.reminderSentAt) return 'remind';
  return null;
}

/** The latest approval time that makes a step due at `now` (for the database query). */
export function dueBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** Who still owes an answer, for the reminder. */
export function awaitingAnswerFrom(
  proposal: PendingProposal & { readonly mentorPersonId: string; readonly menteePersonId: string },
): string[] {
  return [
    ...(proposal.mentorAcceptedAt ? [] : [proposal.mentorPersonId]),
    ...(proposal.menteeAcceptedAt ? [] : [proposal.menteePersonId]),
  ];
}
