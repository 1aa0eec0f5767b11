import { ImportRejectedError, MAX_REPORTED_ERRORS } from '@pathways/api-people';
import type { ImportRowError } from '@pathways/api-people';

/** Nothing is written: the first problems by line, and how many more there were. */
export function rejectImport(file: string, problems: readonly ImportRowError[]): never {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  throw ImportRejectedError.fromRowErrors(
    file,
    sorted.slice(0, MAX_REPORTED_ERRORS),
    sorted.length,
  );
}
