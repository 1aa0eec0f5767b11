import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Problem } from '@pathways/web-ui';

export const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

/** The API reports the input field at fault as extensions.field, and its error code. */
export function problemsFrom(error: unknown): Problem[] {
  if (!CombinedGraphQLErrors.is(error)) return [{ field: null, message: SERVICE_PROBLEM }];
  return error.errors.map((e) => {
    const field = e.extensions?.['field'];
    const message =
      e.extensions?.['code'] === 'INTERNAL_SERVER_ERROR' ? SERVICE_PROBLEM : e.message;
    return { field: typeof field === 'string' && field !== '' ? field : null, message };
  });
}

function hasCode(error: unknown, code: string): boolean {
  return (
    CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === code)
  );
}

/** Not your vacancy or network, or not your role. */
export const isForbidden = (error: unknown): boolean => hasCode(error, 'FORBIDDEN');

export const isNotFound = (error: unknown): boolean =>
  hasCode(error, 'NOT_FOUND') || hasCode(error, 'BAD_USER_INPUT');
