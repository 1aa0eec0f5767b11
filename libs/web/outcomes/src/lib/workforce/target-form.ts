import { GRADE_CODES } from '@pathways/domain-seb';
import type { SetFiveYearTargetInput } from '@pathways/web-graphql';
import type { Problem } from '../common/graphql-errors';

export interface TargetForm {
  name: string;
  sebGroup: string;
  grades: string[];
  departmentCode: string;
  /** A percentage as typed, "25" or "12.5". */
  targetPercent: string;
  targetYear: string;
}

export const EMPTY_TARGET_FORM: TargetForm = {
  name: '',
  sebGroup: '',
  grades: [],
  departmentCode: '',
  targetPercent: '',
  targetYear: '',
};

export const TARGET_FIELD_IDS = {
  name: 'name',
  sebGroup: 'seb-group',
  grades: 'grades',
  departmentCode: 'department',
  targetShare: 'target-percent',
  targetYear: 'target-year',
};

export const TARGET_GROUPS = ['lower', 'intermediate', 'professional'] as const;

export type TargetCheck =
  { problems: Problem[]; input: null } | { problems: []; input: SetFiveYearTargetInput };

/** Checks the form as the API would; the share is typed as a percentage and sent as 0..1. */
export function checkTargetForm(form: TargetForm, thisYear: number): TargetCheck {
  const problems: Problem[] = [];
  const name = form.name.trim();
  if (!name) problems.push({ field: 'name', message: 'Enter a name for the target' });
  else if (name.length > 200)
    problems.push({ field: 'name', message: 'The name must be 200 characters or fewer' });
  if (!(TARGET_GROUPS as readonly string[]).includes(form.sebGroup))
    problems.push({ field: 'sebGroup', message: 'Select the background the target is about' });
  if (form.grades.some((grade) => !(GRADE_CODES as readonly string[]).includes(grade)))
    problems.push({ field: 'grades', message: 'Select grades from the list' });
  const percentText = form.targetPercent.trim().replace(/%$/, '');
  const percent = Number(percentText);
  if (!percentText)
    problems.push({ field: 'targetShare', message: 'Enter the target share as a percentage' });
  else if (!/^\d+(\.\d+)?$/.test(percentText) || percent > 100)
    problems.push({
      field: 'targetShare',
      message: 'The target share must be a percentage from 0 to 100',
    });
  const yearText = form.targetYear.trim();
  const year = Number(yearText);
  if (!yearText) problems.push({ field: 'targetYear', message: 'Enter the year to reach it by' });
  else if (!/^\d{4}$/.test(yearText) || year < thisYear || year > 2100)
    problems.push({
      field: 'targetYear',
      message: `The year must be from ${thisYear} to 2100`,
    });
  if (problems.length > 0) return { problems, input: null };
  return {
    problems: [],
    input: {
      name,
      sebGroup: form.sebGroup,
      grades: GRADE_CODES.filter((grade) => form.grades.includes(grade)),
      departmentCode: form.departmentCode || null,
      // Rounded so that 12.3% is sent as 0.123, not 0.12300000000000001.
      targetShare: Number((percent / 100).toFixed(6)),
      targetYear: year,
    },
  };
}

export interface TargetLike {
  name: string;
  sebGroup: string;
  grades: readonly string[];
  departmentCode?: string | null;
  /** 0..1 */
  targetShare: number;
  targetYear: number;
}

/** The form filled in with a target, to change it: the share back as a percentage. */
export function formFromTarget(target: TargetLike): TargetForm {
  return {
    name: target.name,
    sebGroup: target.sebGroup,
    grades: [...target.grades],
    departmentCode: target.departmentCode ?? '',
    targetPercent: String(Number((target.targetShare * 100).toFixed(4))),
    targetYear: String(target.targetYear),
  };
}
