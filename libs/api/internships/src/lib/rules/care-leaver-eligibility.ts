import type { IsoDate } from '@pathways/api-programmes';
import { ageOn, longDate } from './calendar';
import type { InternshipSettings } from './internship-settings';

/**
 * The scheme's definition of a care leaver: in care for at least 13 weeks in all, some of
 * it after their 16th birthday. A definition of the scheme, not a programme setting.
 */
export const MINIMUM_WEEKS_IN_CARE = 13;

/** What the applicant tells us: sensitive, read by no one but them. */
export interface CareLeaverFacts {
  readonly weeksInCare: number;
  readonly inCareAfterSixteen: boolean;
  readonly dateOfBirth: IsoDate | null;
}

export interface InternshipVerdict {
  readonly eligible: boolean;
  /** One sentence per condition not met, written to the applicant. Empty when eligible. */
  readonly reasons: string[];
}

const weeks = (count: number) => `${count} ${count === 1 ? 'week' : 'weeks'}`;

/**
 * Checks every condition (not just the first that fails), so the applicant sees all that
 * stands in their way. Age is taken on the intake's start date.
 */
export function evaluateInternshipEligibility(
  facts: CareLeaverFacts,
  ageRange: Pick<InternshipSettings, 'minimumAge' | 'maximumAge'>,
  intakeStart: IsoDate,
): InternshipVerdict {
  const reasons = [
    weeksReason(facts.weeksInCare),
    facts.inCareAfterSixteen
      ? null
      : 'Some of your time in care must have been after your 16th birthday.',
    ageReason(facts.dateOfBirth, ageRange, intakeStart),
  ].filter((reason): reason is string => reason !== null);
  return { eligible: reasons.length === 0, reasons };
}

function weeksReason(weeksInCare: number): string | null {
  if (weeksInCare >= MINIMUM_WEEKS_IN_CARE) return null;
  return `You must have been in care for at least ${weeks(MINIMUM_WEEKS_IN_CARE)} in total; you told us ${weeks(weeksInCare)}.`;
}

function ageReason(
  dateOfBirth: IsoDate | null,
  { minimumAge, maximumAge }: Pick<InternshipSettings, 'minimumAge' | 'maximumAge'>,
  intakeStart: IsoDate,
): string | null {
  const on = longDate(intakeStart);
  if (!dateOfBirth) {
    return `Enter your date of birth, so we can check you will be ${minimumAge} to ${maximumAge} on ${on}.`;
  }
  const age = ageOn(dateOfBirth, intakeStart);
  if (age > maximumAge) return `You must be ${maximumAge} or younger on ${on}; you will be ${age}.`;
  if (age < minimumAge) return `You must be ${minimumAge} or older on ${on}; you will be ${age}.`;
  return null;
}
