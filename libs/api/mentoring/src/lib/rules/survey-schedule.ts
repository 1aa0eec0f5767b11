import { addDays, addMonths, IsoDate } from '@pathways/api-programmes';

export const FIRST_CHECK_IN_DAYS = 30;
export const CHECK_IN_EVERY_DAYS = 60;
export const SURVEY_KINDS = ['check_in', 'close_out'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export interface ScheduledRelationship {
  readonly status: string;
  readonly startedOn: IsoDate | null;
  readonly endedOn: IsoDate | null;
  readonly durationMonths: number;
}

export interface DueSurvey {
  readonly kind: SurveyKind;
  /** Identifies the occasion: one answer per person, kind and due date. */
  readonly dueOn: IsoDate;
}

/** Check-ins fall 30 days after the start and every 60 days after that, before `until`. */
export function checkInDates(startedOn: IsoDate, until: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let day = FIRST_CHECK_IN_DAYS; ; day += CHECK_IN_EVERY_DAYS) {
    const date = addDays(startedOn, day);
    if (date > until) return dates;
    dates.push(date);
  }
}

/** When the close-out survey is due: the day it ended, or the planned end if still running. */
export function closeOutDate(relationship: ScheduledRelationship): IsoDate | null {
  if (!relationship.startedOn) return null;
  if (relationship.endedOn) return relationship.endedOn;
  return addMonths(relationship.startedOn, relationship.durationMonths);
}

/**
 * Surveys a member owes today: the latest check-in that has fallen due while the relationship
 * ran (a missed one lapses when the next falls due; none once the close-out is due), and the
 * close-out survey from its date on. `answered` holds "kind dueOn" keys already submitted.
 */
export function surveysDue(
  relationship: ScheduledRelationship,
  today: IsoDate,
  answered: ReadonlySet<string>,
): DueSurvey[] {
  const { startedOn, status } = relationship;
  if (!startedOn || !['active', 'completed', 'ended_early'].includes(status)) return [];
  const closeOn = closeOutDate(relationship);
  const due: DueSurvey[] = [];
  if (closeOn && closeOn <= today) {
    due.push({ kind: 'close_out', dueOn: closeOn });
  } else if (status === 'active') {
    const latest = checkInDates(startedOn, today).at(-1);
    if (latest) due.push({ kind: 'check_in', dueOn: latest });
  }
  return due.filter((survey) => !answered.has(surveyKey(survey)));
}

export function surveyKey(survey: DueSurvey): string {
  return `${survey.kind} ${survey.dueOn}`;
}
