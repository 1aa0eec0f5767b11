import { ImportRejectedError, MAX_REPORTED_ERRORS } from './import-errors';
import type { ImportRowError } from './import-errors';
import { PeopleImportBatch } from './people-import-batch';
import type { PeopleImportReference } from './people-import-reference';
import { CrossRowChecks } from './cross-row-checks';
import { readCsvRecords } from './read-csv-records';
import { validatePeopleHeader } from './validate-people-header';
import { validatePeopleRow } from './validate-people-row';

export const PROGRESS_EVERY_ROWS = 10_000;

export interface ReadPeopleFileOptions {
  /** Called after every PROGRESS_EVERY_ROWS data rows read and checked. */
  onRowsRead?: (rows: number) => void;
}

/**
 * Reads and checks every row of a people.csv before anything is written: the valid rows,
 * or an ImportRejectedError listing the first problems by line.
 */
export async function readPeopleFile(
  file: string,
  reference: PeopleImportReference,
  options: ReadPeopleFileOptions = {},
): Promise<PeopleImportBatch> {
  const batch = new PeopleImportBatch();
  const errors = new ErrorCollector();
  const checks = new CrossRowChecks();
  let columns: string[] | null = null;
  let rows = 0;

  for await (const { line, fields } of readCsvRecords(file)) {
    if (columns === null) {
      columns = fields.map((field) => field.trim());
      const headerErrors = validatePeopleHeader(columns);
      if (headerErrors.length > 0) throw ImportRejectedError.fromRowErrors(file, headerErrors);
      continue;
    }
    rows++;
    if (rows % PROGRESS_EVERY_ROWS === 0) options.onRowsRead?.(rows);
    if (fields.length !== columns.length) {
      errors.add({
        line,
        field: null,
        message: `the row has ${fields.length} fields but the header has ${columns.length}`,
      });
      continue;
    }
    const record: Record<string, string> = {};
    for (let i = 0; i < columns.length; i++) record[columns[i] as string] = fields[i] as string;
    const result = validatePeopleRow(record, line, reference);
    if (!result.ok) {
      for (const error of result.errors) errors.add(error);
      continue;
    }
    const duplicate = checks.addRow(result.row);
    if (duplicate) errors.add(duplicate);
    else if (errors.total === 0) batch.add(result.row);
  }

  if (columns === null)
    throw ImportRejectedError.fromRowErrors(file, [
      { line: 1, field: null, message: 'the file is empty; expected a header row' },
    ]);
  for (const error of checks.emailClashes()) errors.add(error);
  if (errors.total > 0) throw ImportRejectedError.fromRowErrors(file, errors.kept, errors.total);
  return batch;
}

/** Keeps the first MAX_REPORTED_ERRORS problems and counts the rest. */
class ErrorCollector {
  readonly kept: ImportRowError[] = [];
  total = 0;

  add(error: ImportRowError): void {
    this.total++;
    if (this.kept.length < MAX_REPORTED_ERRORS) this.kept.push(error);
  }
}
