import { QueryFailedError } from 'typeorm';

/** A unique index refused the row: someone got there first. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === '23505'
  );
}
