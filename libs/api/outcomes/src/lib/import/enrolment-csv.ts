import { ENROLMENT_ROLES, PROGRAMME_TYPES } from '@pathways/api-programmes';
import type { EnrolmentRole, ProgrammeType } from '@pathways/api-programmes';
import type { CsvColumns, CsvRecord } from '../csv/read-csv';
import type { ImportRowError as ImportProblem } from '@pathways/api-people';
import { RowChecker } from '../csv/row-checker';

export const ENROLMENT_COLUMNS: CsvColumns = {
  required: ['staff_number', 'programme', 'programme_type', 'cohort', 'role', 'start_date'],
  optional: ['end_date', 'mentor_staff_number', 'met_expectations', 'sessions_interesting'],
};

/** One valid enrolments.csv row; null = not provided. */
export interface EnrolmentImportRow {
  readonly line: number;
  readonly staffNumber: string;
  readonly programme: string;
  readonly programmeType: ProgrammeType;
  readonly cohort: string;
  readonly role: EnrolmentRole;
  readonly startDate: string;
  readonly endDate: string | null;
  readonly mentorStaffNumber: string | null;
  readonly metExpectations: boolean | null;
  readonly sessionsInteresting: boolean | null;
}

export type RowResult<T> =
  | { readonly ok: true; readonly row: T }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

const MAX_CODE_LENGTH = 64;

/** Checks one row on its own (contracts.md); the database checks come later, for all rows at once. */
export function checkEnrolmentRow(record: CsvRecord): RowResult<EnrolmentImportRow> {
  const check = new RowChecker(record);
  const code = (field: string) => {
    const value = check.required(field);
    if (value !== null && value.length > MAX_CODE_LENGTH)
      return check.fail(field, `longer than ${MAX_CODE_LENGTH} characters`);
    return value;
  };
  const staffNumber = check.required('staff_number');
  const programme = code('programme');
  const programmeType = check.oneOf(
    'programme_type',
    check.required('programme_type'),
    PROGRAMME_TYPES,
  );
  const cohort = code('cohort');
  const role = check.oneOf('role', check.required('role'), ENROLMENT_ROLES);
  const startDate = check.date('start_date', check.required('start_date'));
  const endDate = check.date('end_date', check.optional('end_date'));
  if (startDate !== null && endDate !== null && endDate < startDate)
    check.fail('end_date', `${endDate} is before the start date ${startDate}`);
  const mentorStaffNumber = check.optional('mentor_staff_number');
  if (mentorStaffNumber !== null && mentorStaffNumber === staffNumber)
    check.fail('mentor_staff_number', 'a participant cannot be their own mentor');
  const metExpectations = check.flag('met_expectations');
  const sessionsInteresting = check.flag('sessions_interesting');
  if (
    !check.ok ||
    staffNumber === null ||
    programme === null ||
    programmeType === null ||
    cohort === null ||
    role === null ||
    startDate === null
  ) {
    return { ok: false, problems: check.problems };
  }
  return {
    ok: true,
    row: {
      line: record.line,
      staffNumber,
      programme,
      programmeType,
      cohort,
      role,
      startDate,
      endDate,
      mentorStaffNumber,
      metExpectations,
      sessionsInteresting,
    },
  };
}
