/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from '@apollo/client';
import type * as ApolloReactCommon from '@apollo/client/react';
import * as ApolloReactHooks from '@apollo/client/react';
const defaultOptions = {} as const;
export type ServiceInfoQueryVariables = Exact<{ [key: string]: never }>;

export type ServiceInfoQuery = { serviceInfo: { name: string; phase: string; version: string } };

export const ServiceInfoDocument = gql`
  query ServiceInfo {
    serviceInfo {
      name
      phase
      version
    }
  }
`;
export function useServiceInfoQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<ServiceInfoQuery, ServiceInfoQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ServiceInfoQuery, ServiceInfoQueryVariables>(
    ServiceInfoDocument,
    options,
  );
}
export function useServiceInfoLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<ServiceInfoQuery, ServiceInfoQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ServiceInfoQuery, ServiceInfoQueryVariables>(
    ServiceInfoDocument,
    options,
  );
}
// @ts-ignore
export function useServiceInfoSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    ServiceInfoQuery,
    ServiceInfoQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<ServiceInfoQuery, ServiceInfoQueryVariables>;
export function useServiceInfoSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<ServiceInfoQuery, ServiceInfoQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  ServiceInfoQuery,
  ServiceInfoQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useServiceInfoSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<ServiceInfoQuery, ServiceInfoQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<ServiceInfoQuery, ServiceInfoQueryVariables>(
    ServiceInfoDocument,
    options,
  );
}
export type ServiceInfoQueryHookResult = ReturnType<typeof useServiceInfoQuery>;
export type ServiceInfoLazyQueryHookResult = ReturnType<typeof useServiceInfoLazyQuery>;
export type ServiceInfoSuspenseQueryHookResult = ReturnType<typeof useServiceInfoSuspenseQuery>;
