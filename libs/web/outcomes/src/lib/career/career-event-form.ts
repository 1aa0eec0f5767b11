import { GRADE_CODES } from '@pathways/domain-seb';
import type { MyCareerEventInput } from '@pathways/web-graphql';
import { EMPTY_DATE, parseDateParts, type DateParts } from '@pathways/web-ui';
import type { Problem } from '../common/graphql-errors';
import { isCareerEventType } from './career-vocabulary';

export interface CareerEventForm {
  type: string;
  effectiveDate: DateParts;
  fromGrade: string;
  toGrade: string;
  fromDepartment: string;
  toDepartment: string;
}

export const EMPTY_CAREER_EVENT_FORM: CareerEventForm = {
  type: '',
  effectiveDate: EMPTY_DATE,
  fromGrade: '',
  toGrade: '',
  fromDepartment: '',
  toDepartment: '',
};

/** Each input field's element, for the error summary's links. */
export const CAREER_EVENT_FIELD_IDS = {
  staffNumber: 'staff-number',
  type: 'type',
  effectiveDate: 'effective-date-day',
  fromGrade: 'from-grade',
  toGrade: 'to-grade',
  fromDepartment: 'from-department',
  toDepartment: 'to-department',
};

export type CareerEventCheck =
  { problems: Problem[]; input: null } | { problems: []; input: MyCareerEventInput };

const isGrade = (code: string) => (GRADE_CODES as readonly string[]).includes(code);

/** Checks what the API would refuse, all at once; `today` is YYYY-MM-DD. */
export function checkCareerEventForm(form: CareerEventForm, today: string): CareerEventCheck {
  const problems: Problem[] = [];
  if (!isCareerEventType(form.type))
    problems.push({ field: 'type', message: 'Select what happened' });
  const date = parseDateParts(form.effectiveDate, 'The date it happened');
  if (date.kind === 'empty')
    problems.push({ field: 'effectiveDate', message: 'Enter the date it happened' });
  else if (date.kind === 'invalid')
    problems.push({ field: 'effectiveDate', message: date.message });
  else if (date.iso > today)
    problems.push({
      field: 'effectiveDate',
      message: 'The date it happened must be today or in the past',
    });
  for (const field of ['fromGrade', 'toGrade'] as const) {
    if (form[field] && !isGrade(form[field]))
      problems.push({ field, message: 'Select a grade from the list' });
  }
  if (problems.length > 0 || date.kind !== 'date') return { problems, input: null };
  return {
    problems: [],
    input: {
      type: form.type,
      effectiveDate: date.iso,
      fromGrade: form.fromGrade || null,
      toGrade: form.toGrade || null,
      fromDepartment: form.fromDepartment || null,
      toDepartment: form.toDepartment || null,
    },
  };
}

/** The lead's form also names the person, by staff number (never in the address). */
export function checkStaffNumber(staffNumber: string): Problem[] {
  const trimmed = staffNumber.trim();
  if (!trimmed) return [{ field: 'staffNumber', message: 'Enter the person’s staff number' }];
  if (trimmed.length > 64)
    return [{ field: 'staffNumber', message: 'The staff number must be 64 characters or fewer' }];
  return [];
}
