/** What withdrawing needs to know: the application, and its live match if any. */
export type ApplicationStatus = 'active' | 'withdrawn';

/** A match still standing (the partial unique index allows one per application). */
export type LiveMatchStatus = 'suggested' | 'offered' | 'accepted';

export type WithdrawalDecision =
  | { kind: 'refused'; message: string }
  | {
      kind: 'withdraw';
      /** What becomes of the live match: an offer is declined, a suggestion discarded. */
      match: 'none' | 'discarded' | 'declined';
      /** An offer held a placement, so its coordinators must know it is free again. */
      tellCoordinators: boolean;
    };

export const ALREADY_WITHDRAWN = 'You have already withdrawn this application';
export const PLACEMENT_ACCEPTED = 'You have accepted a placement: ask your coordinator to end it';

/**
 * A candidate may withdraw until they accept a placement; after that the placement is running
 * (an enrolment, a line manager) and only its coordinator can end it. An offer they have not
 * answered is declined, so the placement goes back to the pool as after any decline.
 */
export function withdrawalDecision(
  application: ApplicationStatus,
  liveMatch: LiveMatchStatus | null,
): WithdrawalDecision {
  if (application === 'withdrawn') return { kind: 'refused', message: ALREADY_WITHDRAWN };
  switch (liveMatch) {
    case null:
      return { kind: 'withdraw', match: 'none', tellCoordinators: false };
    case 'suggested':
      return { kind: 'withdraw', match: 'discarded', tellCoordinators: false };
    case 'offered':
      return { kind: 'withdraw', match: 'declined', tellCoordinators: true };
    case 'accepted':
      return { kind: 'refused', message: PLACEMENT_ACCEPTED };
  }
}

const LIVE_MATCH_STATUSES: readonly string[] = ['suggested', 'offered', 'accepted'];

export function isLiveMatchStatus(status: string): status is LiveMatchStatus {
  return LIVE_MATCH_STATUSES.includes(status);
}
