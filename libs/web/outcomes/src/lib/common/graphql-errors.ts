import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Problem } from '@pathways/web-ui';

export type { Problem };

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

function hasCode(error: unknown, code: string): boolean {
  return (
    CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === code)
  );
}

/** The API refused: not one of your programmes, or not your role. */
export const isForbidden = (error: unknown): boolean => hasCode(error, 'FORBIDDEN');

export const isNotFound = (error: unknown): boolean => hasCode(error, 'NOT_FOUND');
