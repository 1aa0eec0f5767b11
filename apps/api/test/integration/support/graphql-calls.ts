import { GraphqlResponse, TestApp } from '@pathways/api-testing';

/** The data of a response that must have succeeded; the errors in the message otherwise. */
export function dataOf<T>(response: GraphqlResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/** The first error's code, message and field (for refusals). */
export function errorOf(response: GraphqlResponse<unknown>) {
  const [error] = response.errors ?? [];
  return {
    code: error?.extensions?.['code'],
    message: error?.message,
    field: error?.extensions?.['field'],
  };
}

/** A query that must succeed, as this signed-in person (or nobody). */
export const call = async <T = Record<string, unknown>>(
  testApp: TestApp,
  member: { cookie: string } | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> => dataOf(await testApp.graphql<T>(query, variables, member?.cookie));
