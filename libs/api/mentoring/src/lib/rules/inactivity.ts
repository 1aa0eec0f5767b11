import { daysBetween, IsoDate } from '@pathways/api-programmes';

/** An active relationship with no session logged for this many days is flagged to the lead. */
export const INACTIVE_AFTER_DAYS = 60;

/**
 * The date since which an active relationship has been quiet (its last session, or its start
 * when none was logged), when that is at least 60 days before today; otherwise null.
 */
export function inactiveSince(
  relationship: { readonly status: string; readonly startedOn: IsoDate | null },
  lastSessionOn: IsoDate | null,
  today: IsoDate,
): IsoDate | null {
  if (relationship.status !== 'active' || !relationship.startedOn) return null;
  const since =
    lastSessionOn && lastSessionOn > relationship.startedOn
      ? lastSessionOn
      : relationship.startedOn;
  return daysBetween(since, today) >= INACTIVE_AFTER_DAYS ? since : null;
}
