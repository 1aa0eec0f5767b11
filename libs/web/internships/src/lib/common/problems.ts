import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Problem } from '@pathways/web-ui';

export const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

/** A failed request as problems to show: the API's own words, or a generic one when unreachable. */
export function problemsFrom(error: unknown): Problem[] {
  if (!CombinedGraphQLErrors.is(error)) return [{ field: null, message: SERVICE_PROBLEM }];
  return error.errors.map((e) => {
    const field = e.extensions?.['field'];
    const internal = e.extensions?.['code'] === 'INTERNAL_SERVER_ERROR';
    return {
      field: typeof field === 'string' && field !== '' ? field : null,
      message: internal ? SERVICE_PROBLEM : e.message,
    };
  });
}

/** The API's error code of a failed request, e.g. FORBIDDEN or NOT_FOUND. */
export function errorCode(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : null;
}
