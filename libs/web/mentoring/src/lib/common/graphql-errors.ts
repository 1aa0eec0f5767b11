import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Problem } from '@pathways/web-ui';

export interface FormattedError {
  message: string;
  extensions?: Readonly<Record<string, unknown>>;
}

export const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

/** The API reports the input field at fault as extensions.field; nested fields use dots. */
export function problemsFromGraphqlErrors(errors: readonly FormattedError[]): Problem[] {
  return errors.map((error) => {
    const field = error.extensions?.['field'];
    const code = error.extensions?.['code'];
    const message = code === 'INTERNAL_SERVER_ERROR' ? SERVICE_PROBLEM : error.message;
    return { field: typeof field === 'string' && field !== '' ? field : null, message };
  });
}

/** A failed request as problems to show: the API's own words, or a generic one when it was unreachable. */
export function problemsFrom(error: unknown): Problem[] {
  if (CombinedGraphQLErrors.is(error)) return problemsFromGraphqlErrors(error.errors);
  return [{ field: null, message: SERVICE_PROBLEM }];
}

/** True when the API said the request needs a signed-in person. */
export function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')
  );
}
