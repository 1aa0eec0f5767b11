import { type DateParts, parseDateParts, type Problem } from '@pathways/web-ui';

export interface PlacementValues {
  departmentCode: string;
  team: string;
  gradeCode: string;
  regionCode: string;
  workArea: string;
  lineManagerStaffNumber: string;
  startDate: DateParts;
  termMonths: string;
}

export const PLACEMENT_FIELD_IDS: Record<keyof PlacementValues, string> = {
  departmentCode: 'department',
  team: 'team',
  gradeCode: 'grade',
  regionCode: 'region',
  workArea: 'work-area',
  lineManagerStaffNumber: 'line-manager',
  startDate: 'start-date-day',
  termMonths: 'term-months',
};

const REQUIRED: [keyof PlacementValues, string][] = [
  ['departmentCode', 'Select the department'],
  ['team', 'Enter the team'],
  ['gradeCode', 'Select the grade'],
  ['regionCode', 'Select the region'],
  ['workArea', 'Select the kind of work'],
  ['lineManagerStaffNumber', 'Enter the line manager’s staff number'],
];

export interface PlacementInputValues {
  departmentCode: string;
  team: string;
  gradeCode: string;
  regionCode: string;
  workArea: string;
  lineManagerStaffNumber: string;
  startDate: string;
  termMonths: number | null;
}

/** The offer's input, or what is missing; the programme's term applies when none is given. */
export function readPlacement(
  values: PlacementValues,
): { problems: Problem[] } | { input: PlacementInputValues } {
  const problems: Problem[] = [];
  for (const [field, message] of REQUIRED) {
    if (!String(values[field]).trim()) problems.push({ field, message });
  }
  const start = parseDateParts(values.startDate, 'The start date');
  if (start.kind !== 'date') {
    problems.push({
      field: 'startDate',
      message: start.kind === 'empty' ? 'Enter the start date' : start.message,
    });
  }
  const term = values.termMonths.trim();
  if (term && !/^\d{1,2}$/.test(term)) {
    problems.push({ field: 'termMonths', message: 'Enter the term as a whole number of months' });
  }
  if (problems.length || start.kind !== 'date') return { problems };
  return {
    input: {
      departmentCode: values.departmentCode,
      team: values.team.trim(),
      gradeCode: values.gradeCode,
      regionCode: values.regionCode,
      workArea: values.workArea,
      lineManagerStaffNumber: values.lineManagerStaffNumber.trim(),
      startDate: start.iso,
      termMonths: term ? Number(term) : null,
    },
  };
}
