import type { PlacementOutcome } from '@pathways/web-graphql';

const OUTCOMES: readonly PlacementOutcome[] = [
  'extended',
  'made_permanent',
  'promoted',
  'left',
  'completed',
];

export const isOutcome = (value: unknown): value is PlacementOutcome =>
  OUTCOMES.includes(value as PlacementOutcome);

/** The outcome chosen, carried to the check page in router state (never in the URL). */
export interface OutcomeDraft {
  outcome: PlacementOutcome;
  effectiveDate: string | null;
}

export function outcomeDraftFrom(state: unknown): OutcomeDraft | null {
  if (typeof state !== 'object' || state === null) return null;
  const { outcome, effectiveDate } = state as Partial<OutcomeDraft>;
  if (!isOutcome(outcome)) return null;
  return { outcome, effectiveDate: typeof effectiveDate === 'string' ? effectiveDate : null };
}

/** The career event each outcome adds to the intern's record, in words. */
export const OUTCOME_EVENTS: Record<string, string | null> = {
  extended: 'a contract extension',
  made_permanent: 'being made permanent',
  promoted: 'a promotion to the grade above',
  left: 'leaving the Civil Service',
  completed: null,
};
