import type { CreateCohortInput } from '@pathways/web-graphql';
import { type DateParts, EMPTY_DATE, parseDateParts, type Problem } from '@pathways/web-ui';
import { createDraftStore } from '../common/draft-store';

export interface CohortDraft {
  programmeId: string;
  name: string;
  code: string;
  applicationsOpen: DateParts;
  applicationsClose: DateParts;
  startDate: DateParts;
}

export const emptyCohortDraft = (programmeId: string): CohortDraft => ({
  programmeId,
  name: '',
  code: '',
  applicationsOpen: EMPTY_DATE,
  applicationsClose: EMPTY_DATE,
  startDate: EMPTY_DATE,
});

export const cohortDraftStore = createDraftStore<CohortDraft>(emptyCohortDraft(''));

/** Date inputs link from the error summary to their day field. */
export const COHORT_FIELD_IDS = {
  name: 'name',
  code: 'code',
  applicationsOpen: 'applications-open-day',
  applicationsClose: 'applications-close-day',
  startDate: 'start-date-day',
};

const CODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,29}$/;

const DATES = [
  ['applicationsOpen', 'The date applications open'],
  ['applicationsClose', 'The date applications close'],
  ['startDate', 'The start date'],
] as const;

export type CohortDates = Record<(typeof DATES)[number][0], string>;

export type CohortDatesCheck = { problems: Problem[]; dates: CohortDates | null };

/** The three dates of a cohort, each real and in order: open ≤ close ≤ start. */
export function checkCohortDates(
  draft: Pick<CohortDraft, 'applicationsOpen' | 'applicationsClose' | 'startDate'>,
): CohortDatesCheck {
  const problems: Problem[] = [];
  const iso: Partial<CohortDates> = {};
  for (const [field, name] of DATES) {
    const parsed = parseDateParts(draft[field], name);
    if (parsed.kind === 'empty')
      problems.push({ field, message: `Enter ${name.charAt(0).toLowerCase()}${name.slice(1)}` });
    else if (parsed.kind === 'invalid') problems.push({ field, message: parsed.message });
    else iso[field] = parsed.iso;
  }
  const { applicationsOpen: open, applicationsClose: close, startDate: start } = iso;
  if (open && close && close < open) {
    problems.push({
      field: 'applicationsClose',
      message: 'The date applications close must be on or after the date they open',
    });
  }
  if (close && start && start < close) {
    problems.push({
      field: 'startDate',
      message: 'The start date must be on or after the date applications close',
    });
  }
  if (problems.length > 0 || !open || !close || !start) return { problems, dates: null };
  return {
    problems,
    dates: { applicationsOpen: open, applicationsClose: close, startDate: start },
  };
}

export function cohortNameProblems(name: string): Problem[] {
  if (!name.trim()) return [{ field: 'name', message: 'Enter the cohort name' }];
  if (name.trim().length > 200) {
    return [{ field: 'name', message: 'The cohort name must be 200 characters or fewer' }];
  }
  return [];
}

export type CohortCheck =
  { problems: Problem[]; input: null } | { problems: []; input: CreateCohortInput };

/** Every problem at once, as GOV.UK asks; the input to send when there are none. */
export function checkCohortDraft(draft: CohortDraft): CohortCheck {
  const problems: Problem[] = cohortNameProblems(draft.name);
  const code = draft.code.trim();
  if (!code) problems.push({ field: 'code', message: 'Enter a cohort code' });
  else if (!CODE.test(code)) {
    problems.push({
      field: 'code',
      message: 'Enter a code of up to 30 letters, digits or hyphens',
    });
  }
  const { problems: dateProblems, dates } = checkCohortDates(draft);
  problems.push(...dateProblems);
  if (problems.length > 0 || !dates) return { problems, input: null };
  return {
    problems: [],
    input: { programmeId: draft.programmeId, name: draft.name.trim(), code, ...dates },
  };
}
