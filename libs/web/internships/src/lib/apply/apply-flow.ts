import { type DateParts, EMPTY_DATE, parseDateParts, type Problem } from '@pathways/web-ui';

/** What the applicant has answered so far; kept in this tab's memory only, never stored. */
export interface ApplicationDraft {
  weeksInCare: string;
  inCareAfterSixteen: '' | 'yes' | 'no';
  dateOfBirth: DateParts;
  regions: string[];
  work: string[];
}

export const EMPTY_DRAFT: ApplicationDraft = {
  weeksInCare: '',
  inCareAfterSixteen: '',
  dateOfBirth: EMPTY_DATE,
  regions: [],
  work: [],
};

export const APPLY_STEPS = [
  'weeks-in-care',
  'after-sixteen',
  'date-of-birth',
  'eligibility',
  'regions',
  'work',
  'check',
] as const;
export type ApplyStep = (typeof APPLY_STEPS)[number];

/** The steps this applicant sees: the date of birth only when their record has none. */
export function applySteps(needsDateOfBirth: boolean): ApplyStep[] {
  return APPLY_STEPS.filter((step) => step !== 'date-of-birth' || needsDateOfBirth);
}

/** The care questions decide eligibility, so changing one goes through the check again. */
const CARE_QUESTIONS: readonly ApplyStep[] = ['weeks-in-care', 'after-sixteen', 'date-of-birth'];

export function nextStep(step: ApplyStep, needsDateOfBirth: boolean, changing: boolean): ApplyStep {
  if (changing) return CARE_QUESTIONS.includes(step) ? 'eligibility' : 'check';
  const steps = applySteps(needsDateOfBirth);
  return steps[Math.min(steps.indexOf(step) + 1, steps.length - 1)];
}

/** The page before this one; null for the first question (back to the start page). */
export function previousStep(step: ApplyStep, needsDateOfBirth: boolean): ApplyStep | null {
  const steps = applySteps(needsDateOfBirth);
  const index = steps.indexOf(step);
  return index > 0 ? steps[index - 1] : null;
}

export function stepPath(intakeId: string, step: ApplyStep | null): string {
  return step ? `/internships/apply/${intakeId}/${step}` : `/internships/apply/${intakeId}`;
}

export function weeksProblem(value: string): Problem | null {
  const trimmed = value.trim();
  if (!trimmed) return { field: 'weeksInCare', message: 'Enter how many weeks you were in care' };
  if (!/^\d{1,4}$/.test(trimmed) || Number(trimmed) > 1500) {
    return {
      field: 'weeksInCare',
      message: 'Enter the number of weeks as a whole number, like 20',
    };
  }
  return null;
}

export function dateOfBirthProblem(parts: DateParts, today: string): Problem | null {
  const parsed = parseDateParts(parts, 'Date of birth');
  if (parsed.kind === 'empty') return { field: 'dateOfBirth', message: 'Enter your date of birth' };
  if (parsed.kind === 'invalid') return { field: 'dateOfBirth', message: parsed.message };
  if (parsed.iso >= today) {
    return { field: 'dateOfBirth', message: 'Date of birth must be in the past' };
  }
  return null;
}

export interface EligibilityAnswers {
  intakeId: string;
  weeksInCare: number;
  inCareAfterSixteen: boolean;
  dateOfBirth: string | null;
}

/** The first step still unanswered (among those shown), or null when the care answers are complete. */
export function missingCareStep(
  draft: ApplicationDraft,
  needsDateOfBirth: boolean,
  today: string,
): ApplyStep | null {
  if (weeksProblem(draft.weeksInCare)) return 'weeks-in-care';
  if (!draft.inCareAfterSixteen) return 'after-sixteen';
  if (needsDateOfBirth && dateOfBirthProblem(draft.dateOfBirth, today)) return 'date-of-birth';
  return null;
}

export function eligibilityAnswers(
  intakeId: string,
  draft: ApplicationDraft,
  needsDateOfBirth: boolean,
): EligibilityAnswers {
  const parsed = parseDateParts(draft.dateOfBirth, 'Date of birth');
  return {
    intakeId,
    weeksInCare: Number(draft.weeksInCare.trim()),
    inCareAfterSixteen: draft.inCareAfterSixteen === 'yes',
    dateOfBirth: needsDateOfBirth && parsed.kind === 'date' ? parsed.iso : null,
  };
}
