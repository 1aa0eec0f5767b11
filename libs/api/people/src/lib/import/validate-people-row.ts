import { GRADE_CODES, SEB_ANSWER_COLUMNS, isGradeCode, isValidAnswer } from '@pathways/domain-seb';
import type { SebAnswerColumn } from '@pathways/domain-seb';
import { isCalendarDate } from './calendar-date';
import type { ImportRowError } from './import-errors';
import { PEOPLE_ANSWER_COLUMNS } from './people-csv-columns';
import type { PeopleImportReference } from './people-import-reference';
import type { PeopleImportRow } from './people-import-row';

/** A data row by column name; a column absent from the file is absent here. */
export type PeopleCsvRecord = Readonly<Record<string, string | undefined>>;

export type PeopleRowResult =
  { ok: true; row: PeopleImportRow } | { ok: false; errors: ImportRowError[] };

const MAX_NAME_LENGTH = 200;
const MAX_STAFF_NUMBER_LENGTH = 64;
const MAX_EMAIL_LENGTH = 254;
const EMAIL_SHAPE = /^[^\s@",;<>()]+@[^\s@",;<>()]+\.[^\s@",;<>()]+$/;
const CONTROL_CHARACTER = /\p{Cc}/u;
const FLAGS: Readonly<Record<string, boolean>> = { yes: true, no: false };

/** Checks one people.csv data row against contracts.md; every problem in the row is reported. */
export function validatePeopleRow(
  record: PeopleCsvRecord,
  lineNumber: number,
  reference: PeopleImportReference,
): PeopleRowResult {
  const errors: ImportRowError[] = [];
  const fail = (field: string, message: string): null => {
    errors.push({ line: lineNumber, field, message });
    return null;
  };
  const cell = (field: string): string | null => record[field]?.trim() || null;
  const required = (field: string): string | null =>
    cell(field) ?? fail(field, 'required, but the cell is empty');

  const date = (field: string, value: string | null): string | null =>
    value === null || isCalendarDate(value)
      ? value
      : fail(field, `"${value}" is not a date; expected YYYY-MM-DD, a real calendar day`);

  const text = (field: string, value: string | null, maxLength: number): string | null => {
    if (value === null) return null;
    if (value.length > maxLength) return fail(field, `longer than ${maxLength} characters`);
    if (CONTROL_CHARACTER.test(value))
      return fail(field, 'contains a line break or another control character');
    return value;
  };

  const code = (
    field: string,
    value: string | null,
    known: ReadonlySet<string>,
    what: string,
  ): string | null =>
    value === null || known.has(value)
      ? value
      : fail(field, `"${value}" is not a ${what} code in the reference data`);

  const flag = (field: string): boolean | null => {
    const value = cell(field);
    if (value === null) return null;
    return FLAGS[value] ?? fail(field, `"${value}" must be yes or no`);
  };

  const answer = (column: SebAnswerColumn): string | null => {
    const value = cell(column);
    if (value === null || isValidAnswer(column, value)) return value;
    const allowed = SEB_ANSWER_COLUMNS[column].options.map((option) => option.code);
    return fail(column, `"${value}" is not an answer code; expected one of ${allowed.join(', ')}`);
  };

  const snapshotDate = date('snapshot_date', required('snapshot_date'));
  const staffNumber = staff(required('staff_number'), fail);
  const givenName = text('given_name', required('given_name'), MAX_NAME_LENGTH);
  const familyName = text('family_name', required('family_name'), MAX_NAME_LENGTH);
  const email = emailAddress(required('email'), fail);
  const departmentCode = code(
    'department',
    required('department'),
    reference.departments,
    'department',
  );
  const grade = required('grade');
  const gradeCode =
    grade === null || isGradeCode(grade)
      ? grade
      : fail('grade', `"${grade}" is not a grade; expected one of ${GRADE_CODES.join(', ')}`);
  const professionCode = code(
    'profession',
    cell('profession'),
    reference.professions,
    'profession',
  );
  const regionCode = code('region', cell('region'), reference.regions, 'region');
  let dateOfBirth = date('date_of_birth', cell('date_of_birth'));
  if (dateOfBirth !== null && snapshotDate !== null && dateOfBirth >= snapshotDate)
    dateOfBirth = fail('date_of_birth', `${dateOfBirth} is not before the snapshot date`);
  const careLeaver = flag('care_leaver');
  const apprentice = flag('apprentice');
  const answers = Object.fromEntries(
    PEOPLE_ANSWER_COLUMNS.map((column) => [column, answer(column)]),
  ) as Record<SebAnswerColumn, string | null>;

  if (
    errors.length > 0 ||
    snapshotDate === null ||
    staffNumber === null ||
    givenName === null ||
    familyName === null ||
    email === null ||
    departmentCode === null ||
    gradeCode === null
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    row: {
      line: lineNumber,
      snapshotDate,
      staffNumber,
      givenName,
      familyName,
      email,
      departmentCode,
      gradeCode,
      professionCode,
      regionCode,
      dateOfBirth,
      careLeaver,
      apprentice,
      answers,
    },
  };
}

type Fail = (field: string, message: string) => null;

function staff(value: string | null, fail: Fail): string | null {
  if (value === null) return null;
  if (value.length > MAX_STAFF_NUMBER_LENGTH)
    return fail('staff_number', `longer than ${MAX_STAFF_NUMBER_LENGTH} characters`);
  if (/\s/.test(value)) return fail('staff_number', `"${value}" contains a space`);
  return value;
}

function emailAddress(value: string | null, fail: Fail): string | null {
  if (value === null) return null;
  if (value.length > MAX_EMAIL_LENGTH)
    return fail('email', `longer than ${MAX_EMAIL_LENGTH} characters`);
  if (!EMAIL_SHAPE.test(value))
    return fail('email', `"${value}" is not an email address (name@example.gov.uk)`);
  return value.toLowerCase();
}
