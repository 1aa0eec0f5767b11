/**
 * Every expected failure a service can report. The GraphQL layer maps each code to
 * extensions.code; anything else is an internal error and its message is not shown.
 */
export type DomainErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Which input field is wrong, so forms can link the error summary to it. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export const badInput = (message: string, field?: string) =>
  new DomainError('BAD_USER_INPUT', message, field);
export const notFound = (message: string) => new DomainError('NOT_FOUND', message);
export const forbidden = (message = 'You do not have permission to do that.') =>
  new DomainError('FORBIDDEN', message);
export const unauthenticated = (message = 'Sign in to continue.') =>
  new DomainError('UNAUTHENTICATED', message);
export const conflict = (message: string, field?: string) =>
  new DomainError('CONFLICT', message, field);
