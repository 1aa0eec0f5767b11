import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  isUnauthenticated,
  problemsFrom,
  problemsFromGraphqlErrors,
  SERVICE_PROBLEM,
} from '../graphql-errors';

const combined = (errors: { message: string; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ errors });

describe('problemsFromGraphqlErrors', () => {
  it('keeps the message and the field the API names', () => {
    expect(
      problemsFromGraphqlErrors([
        {
          message: 'Select your grade from the list',
          extensions: { code: 'BAD_USER_INPUT', field: 'gradeCode' },
        },
        { message: 'Enter a correct email address and password', extensions: { field: null } },
      ]),
    ).toEqual([
      { field: 'gradeCode', message: 'Select your grade from the list' },
      { field: null, message: 'Enter a correct email address and password' },
    ]);
  });

  it('hides the wording of internal errors', () => {
    expect(
      problemsFromGraphqlErrors([
        { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]),
    ).toEqual([{ field: null, message: SERVICE_PROBLEM }]);
  });
});

describe('problemsFrom', () => {
  it('reads GraphQL errors from Apollo', () => {
    const error = combined([
      { message: 'Department DWP already exists', extensions: { code: 'CONFLICT', field: 'code' } },
    ]);
    expect(problemsFrom(error)).toEqual([
      { field: 'code', message: 'Department DWP already exists' },
    ]);
  });

  it('reports anything else, such as a network failure, as a problem with the service', () => {
    expect(problemsFrom(new TypeError('Failed to fetch'))).toEqual([
      { field: null, message: SERVICE_PROBLEM },
    ]);
  });
});

describe('isUnauthenticated', () => {
  it('is true only when the API asked for sign-in', () => {
    expect(
      isUnauthenticated(
        combined([{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }]),
      ),
    ).toBe(true);
    expect(
      isUnauthenticated(combined([{ message: 'No', extensions: { code: 'FORBIDDEN' } }])),
    ).toBe(false);
    expect(isUnauthenticated(new Error('x'))).toBe(false);
  });
});
