import type { ImportRowError } from './import-errors';
import { PEOPLE_COLUMNS, PEOPLE_REQUIRED_COLUMNS } from './people-csv-columns';

const HEADER_LINE = 1;

/** Problems with a people.csv header: unknown, repeated or missing columns. Empty when fine. */
export function validatePeopleHeader(columns: readonly string[]): ImportRowError[] {
  const errors: ImportRowError[] = [];
  const seen = new Set<string>();
  for (const [index, column] of columns.entries()) {
    if (column === '') {
      errors.push({
        line: HEADER_LINE,
        field: null,
        message: `column ${index + 1} has no name in the header row`,
      });
    } else if (!PEOPLE_COLUMNS.includes(column)) {
      errors.push({
        line: HEADER_LINE,
        field: column,
        message: `unknown column; the columns of people.csv are ${PEOPLE_COLUMNS.join(', ')}`,
      });
    } else if (seen.has(column)) {
      errors.push({ line: HEADER_LINE, field: column, message: 'column appears more than once' });
    }
    seen.add(column);
  }
  for (const column of PEOPLE_REQUIRED_COLUMNS) {
    if (!seen.has(column))
      errors.push({ line: HEADER_LINE, field: column, message: 'required column is missing' });
  }
  return errors;
}
