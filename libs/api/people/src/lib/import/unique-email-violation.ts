import { QueryFailedError } from 'typeorm';
import { ImportRejectedError } from './import-errors';
import type { PeopleImportBatch } from './people-import-batch';

/**
 * The email check before writing misses addresses that change hands between people written
 * by one statement (two people swapping addresses, say): the unique index catches those, and
 * this turns its error into bad input naming the row.
 */
export function uniqueEmailViolation(
  error: unknown,
  file: string,
  batch: PeopleImportBatch,
): ImportRejectedError | null {
  if (!(error instanceof QueryFailedError)) return null;
  const { code, detail } = error.driverError as { code?: string; detail?: string };
  const email =
    code === '23505' ? /^Key \(email\)=\((.*)\) already exists/.exec(detail ?? '')?.[1] : undefined;
  if (email === undefined) return null;
  const line = batch.valuesOf('line')[batch.valuesOf('email').indexOf(email)];
  const message = `${email} still belongs to another person when this row is written (two people swapping emails? import one change first)`;
  return typeof line === 'number'
    ? ImportRejectedError.fromRowErrors(file, [{ line, field: 'email', message }])
    : new ImportRejectedError(file, [`${file}: field "email": ${message}`]);
}
