import { GRADE_CODES } from '@pathways/domain-seb';
import { CAREER_EVENT_TYPES } from '../entities/career-event.entity';
import type { CareerEventType } from '../entities/career-event.entity';
import type { CsvColumns, CsvRecord } from '../csv/read-csv';
import { RowChecker } from '../csv/row-checker';
import type { RowResult } from './enrolment-csv';

export const CAREER_EVENT_COLUMNS: CsvColumns = {
  required: ['event_id', 'staff_number', 'type', 'effective_date'],
  optional: ['from_grade', 'to_grade', 'from_department', 'to_department'],
};

/** One valid events.csv row; null = not provided. */
export interface CareerEventImportRow {
  readonly line: number;
  readonly eventId: string;
  readonly staffNumber: string;
  readonly type: CareerEventType;
  readonly effectiveDate: string;
  readonly fromGrade: string | null;
  readonly toGrade: string | null;
  readonly fromDepartment: string | null;
  readonly toDepartment: string | null;
}

const MAX_EVENT_ID_LENGTH = 200;

/** Checks one row on its own; departments and staff numbers are checked against the database later. */
export function checkCareerEventRow(record: CsvRecord): RowResult<CareerEventImportRow> {
  const check = new RowChecker(record);
  let eventId = check.required('event_id');
  if (eventId !== null && eventId.length > MAX_EVENT_ID_LENGTH)
    eventId = check.fail('event_id', `longer than ${MAX_EVENT_ID_LENGTH} characters`);
  const staffNumber = check.required('staff_number');
  const type = check.oneOf('type', check.required('type'), CAREER_EVENT_TYPES);
  const effectiveDate = check.date('effective_date', check.required('effective_date'));
  const fromGrade = check.oneOf('from_grade', check.optional('from_grade'), GRADE_CODES);
  const toGrade = check.oneOf('to_grade', check.optional('to_grade'), GRADE_CODES);
  const fromDepartment = check.optional('from_department');
  const toDepartment = check.optional('to_department');
  if (
    !check.ok ||
    eventId === null ||
    staffNumber === null ||
    type === null ||
    effectiveDate === null
  ) {
    return { ok: false, problems: check.problems };
  }
  return {
    ok: true,
    row: {
      line: record.line,
      eventId,
      staffNumber,
      type,
      effectiveDate,
      fromGrade,
      toGrade,
      fromDepartment,
      toDepartment,
    },
  };
}
