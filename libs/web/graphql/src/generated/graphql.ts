/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from '@apollo/client';
import type * as ApolloReactCommon from '@apollo/client/react';
import * as ApolloReactHooks from '@apollo/client/react';
const defaultOptions = {} as const;
export type AddReferenceItemInput = {
  code: string;
  name: string;
};

export type AnswerInput = {
  /** null removes the answer. */
  code?: string | null | undefined;
  question: string;
};

export type AuditFilterInput = {
  action?: string | null | undefined;
  actorPersonId?: string | null | undefined;
  from?: string | null | undefined;
  limit?: number;
  offset?: number;
  subjectPersonId?: string | null | undefined;
  to?: string | null | undefined;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type ErasePersonInput = {
  personId: string;
  /** Why, e.g. the reference of the erasure request. Kept in the audit log. */
  reason: string;
};

export type GrantRoleInput = {
  personId: string;
  role: string;
  scopeId?: string | null | undefined;
  scopeType?: string | null | undefined;
};

export type SaveMyAnswersInput = {
  answers: Array<AnswerInput>;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type SignUpInput = {
  departmentCode: string;
  email: string;
  familyName: string;
  givenName: string;
  gradeCode: string;
  password: string;
  staffNumber: string;
};

export type ServiceInfoQueryVariables = Exact<{ [key: string]: never }>;

export type ServiceInfoQuery = { serviceInfo: { name: string; phase: string; version: string } };

export type AccountReferenceNamesQueryVariables = Exact<{ [key: string]: never }>;

export type AccountReferenceNamesQuery = {
  departments: Array<{ code: string; name: string }>;
  grades: Array<{ code: string; name: string }>;
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type MyPersonalDataQueryVariables = Exact<{ [key: string]: never }>;

export type MyPersonalDataQuery = { myPersonalData: { json: string; generatedAt: string } };

export type AdminPersonSummaryFragment = {
  id: string;
  givenName: string;
  familyName: string;
  email: string | null;
  staffNumber: string;
  departmentCode: string;
  gradeCode: string;
};

export type AdminRoleGrantFragment = {
  id: string;
  personId: string;
  role: string;
  scopeType: string | null;
  scopeId: string | null;
  grantedAt: string;
};

export type PeopleSearchQueryVariables = Exact<{
  search?: string;
}>;

export type PeopleSearchQuery = {
  peopleSearch: Array<{
    id: string;
    givenName: string;
    familyName: string;
    email: string | null;
    staffNumber: string;
    departmentCode: string;
    gradeCode: string;
  }>;
};

export type PersonRoleGrantsQueryVariables = Exact<{
  personId?: string;
}>;

export type PersonRoleGrantsQuery = {
  roleGrants: Array<{
    id: string;
    personId: string;
    role: string;
    scopeType: string | null;
    scopeId: string | null;
    grantedAt: string;
  }>;
};

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;

export type GrantRoleMutation = {
  grantRole: {
    id: string;
    personId: string;
    role: string;
    scopeType: string | null;
    scopeId: string | null;
    grantedAt: string;
  };
};

export type RevokeRoleMutationVariables = Exact<{
  id: string;
}>;

export type RevokeRoleMutation = { revokeRole: boolean };

export type ErasePersonMutationVariables = Exact<{
  input: ErasePersonInput;
}>;

export type ErasePersonMutation = { erasePerson: { personId: string; erasedAt: string } };

export type AuditEventsQueryVariables = Exact<{
  input?: AuditFilterInput | null | undefined;
}>;

export type AuditEventsQuery = {
  auditEvents: {
    total: number;
    items: Array<{
      id: string;
      at: string;
      action: string;
      actorPersonId: string | null;
      subjectPersonIds: Array<string>;
      detail: Record<string, unknown>;
    }>;
  };
};

export type ReferenceDataQueryVariables = Exact<{ [key: string]: never }>;

export type ReferenceDataQuery = {
  departments: Array<{ code: string; name: string; active: boolean }>;
  professions: Array<{ code: string; name: string; active: boolean }>;
};

export type AddDepartmentMutationVariables = Exact<{
  input: AddReferenceItemInput;
}>;

export type AddDepartmentMutation = {
  addDepartment: { code: string; name: string; active: boolean };
};

export type AddProfessionMutationVariables = Exact<{
  input: AddReferenceItemInput;
}>;

export type AddProfessionMutation = {
  addProfession: { code: string; name: string; active: boolean };
};

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: boolean };

export type MyAnswersQueryVariables = Exact<{ [key: string]: never }>;

export type MyAnswersQuery = {
  myAnswers: {
    sebGroup: string;
    updatedAt: string | null;
    answers: Array<{ question: string; code: string | null; label: string | null }>;
  };
};

export type SaveMyAnswersMutationVariables = Exact<{
  input: SaveMyAnswersInput;
}>;

export type SaveMyAnswersMutation = { saveMyAnswers: { updatedAt: string | null } };

export type WithdrawMyAnswersMutationVariables = Exact<{ [key: string]: never }>;

export type WithdrawMyAnswersMutation = { withdrawMyAnswers: { updatedAt: string | null } };

export type CurrentUserQueryVariables = Exact<{ [key: string]: never }>;

export type CurrentUserQuery = {
  me: {
    personId: string;
    givenName: string;
    familyName: string;
    email: string;
    staffNumber: string;
    departmentCode: string;
    gradeCode: string;
    roles: Array<{
      id: string;
      role: string;
      scopeType: string | null;
      scopeId: string | null;
      grantedAt: string;
    }>;
  } | null;
};

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = { signIn: boolean };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;

export type SignUpMutation = { signUp: boolean };

export type SignUpOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type SignUpOptionsQuery = {
  departments: Array<{ code: string; name: string; active: boolean }>;
  grades: Array<{ code: string; name: string; rank: number }>;
};

export const AdminPersonSummaryFragmentDoc = gql`
  fragment AdminPersonSummary on PersonSummary {
    id
    givenName
    familyName
    email
    staffNumber
    departmentCode
    gradeCode
  }
`;
export const AdminRoleGrantFragmentDoc = gql`
  fragment AdminRoleGrant on RoleGrant {
    id
    personId
    role
    scopeType
    scopeId
    grantedAt
  }
`;
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
export const AccountReferenceNamesDocument = gql`
  query AccountReferenceNames {
    departments {
      code
      name
    }
    grades {
      code
      name
    }
  }
`;
export function useAccountReferenceNamesQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    AccountReferenceNamesQuery,
    AccountReferenceNamesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<AccountReferenceNamesQuery, AccountReferenceNamesQueryVariables>(
    AccountReferenceNamesDocument,
    options,
  );
}
export function useAccountReferenceNamesLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    AccountReferenceNamesQuery,
    AccountReferenceNamesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    AccountReferenceNamesQuery,
    AccountReferenceNamesQueryVariables
  >(AccountReferenceNamesDocument, options);
}
// @ts-ignore
export function useAccountReferenceNamesSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    AccountReferenceNamesQuery,
    AccountReferenceNamesQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  AccountReferenceNamesQuery,
  AccountReferenceNamesQueryVariables
>;
export function useAccountReferenceNamesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        AccountReferenceNamesQuery,
        AccountReferenceNamesQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  AccountReferenceNamesQuery,
  AccountReferenceNamesQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useAccountReferenceNamesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        AccountReferenceNamesQuery,
        AccountReferenceNamesQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    AccountReferenceNamesQuery,
    AccountReferenceNamesQueryVariables
  >(AccountReferenceNamesDocument, options);
}
export type AccountReferenceNamesQueryHookResult = ReturnType<typeof useAccountReferenceNamesQuery>;
export type AccountReferenceNamesLazyQueryHookResult = ReturnType<
  typeof useAccountReferenceNamesLazyQuery
>;
export type AccountReferenceNamesSuspenseQueryHookResult = ReturnType<
  typeof useAccountReferenceNamesSuspenseQuery
>;
export const ChangePasswordDocument = gql`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`;
export function useChangePasswordMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    ChangePasswordMutation,
    ChangePasswordMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<ChangePasswordMutation, ChangePasswordMutationVariables>(
    ChangePasswordDocument,
    options,
  );
}
export type ChangePasswordMutationHookResult = ReturnType<typeof useChangePasswordMutation>;
export const MyPersonalDataDocument = gql`
  query MyPersonalData {
    myPersonalData {
      json
      generatedAt
    }
  }
`;
export function useMyPersonalDataQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    MyPersonalDataQuery,
    MyPersonalDataQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<MyPersonalDataQuery, MyPersonalDataQueryVariables>(
    MyPersonalDataDocument,
    options,
  );
}
export function useMyPersonalDataLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    MyPersonalDataQuery,
    MyPersonalDataQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<MyPersonalDataQuery, MyPersonalDataQueryVariables>(
    MyPersonalDataDocument,
    options,
  );
}
// @ts-ignore
export function useMyPersonalDataSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    MyPersonalDataQuery,
    MyPersonalDataQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<MyPersonalDataQuery, MyPersonalDataQueryVariables>;
export function useMyPersonalDataSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyPersonalDataQuery, MyPersonalDataQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  MyPersonalDataQuery,
  MyPersonalDataQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useMyPersonalDataSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyPersonalDataQuery, MyPersonalDataQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<MyPersonalDataQuery, MyPersonalDataQueryVariables>(
    MyPersonalDataDocument,
    options,
  );
}
export type MyPersonalDataQueryHookResult = ReturnType<typeof useMyPersonalDataQuery>;
export type MyPersonalDataLazyQueryHookResult = ReturnType<typeof useMyPersonalDataLazyQuery>;
export type MyPersonalDataSuspenseQueryHookResult = ReturnType<
  typeof useMyPersonalDataSuspenseQuery
>;
export const PeopleSearchDocument = gql`
  query PeopleSearch($search: String! = "") {
    peopleSearch(search: $search) {
      ...AdminPersonSummary
    }
  }
  ${AdminPersonSummaryFragmentDoc}
`;
export function usePeopleSearchQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<PeopleSearchQuery, PeopleSearchQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<PeopleSearchQuery, PeopleSearchQueryVariables>(
    PeopleSearchDocument,
    options,
  );
}
export function usePeopleSearchLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    PeopleSearchQuery,
    PeopleSearchQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<PeopleSearchQuery, PeopleSearchQueryVariables>(
    PeopleSearchDocument,
    options,
  );
}
// @ts-ignore
export function usePeopleSearchSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    PeopleSearchQuery,
    PeopleSearchQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<PeopleSearchQuery, PeopleSearchQueryVariables>;
export function usePeopleSearchSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<PeopleSearchQuery, PeopleSearchQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  PeopleSearchQuery,
  PeopleSearchQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function usePeopleSearchSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<PeopleSearchQuery, PeopleSearchQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<PeopleSearchQuery, PeopleSearchQueryVariables>(
    PeopleSearchDocument,
    options,
  );
}
export type PeopleSearchQueryHookResult = ReturnType<typeof usePeopleSearchQuery>;
export type PeopleSearchLazyQueryHookResult = ReturnType<typeof usePeopleSearchLazyQuery>;
export type PeopleSearchSuspenseQueryHookResult = ReturnType<typeof usePeopleSearchSuspenseQuery>;
export const PersonRoleGrantsDocument = gql`
  query PersonRoleGrants($personId: ID! = "") {
    roleGrants(personId: $personId) {
      ...AdminRoleGrant
    }
  }
  ${AdminRoleGrantFragmentDoc}
`;
export function usePersonRoleGrantsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    PersonRoleGrantsQuery,
    PersonRoleGrantsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<PersonRoleGrantsQuery, PersonRoleGrantsQueryVariables>(
    PersonRoleGrantsDocument,
    options,
  );
}
export function usePersonRoleGrantsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    PersonRoleGrantsQuery,
    PersonRoleGrantsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<PersonRoleGrantsQuery, PersonRoleGrantsQueryVariables>(
    PersonRoleGrantsDocument,
    options,
  );
}
// @ts-ignore
export function usePersonRoleGrantsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    PersonRoleGrantsQuery,
    PersonRoleGrantsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<PersonRoleGrantsQuery, PersonRoleGrantsQueryVariables>;
export function usePersonRoleGrantsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        PersonRoleGrantsQuery,
        PersonRoleGrantsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  PersonRoleGrantsQuery,
  PersonRoleGrantsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function usePersonRoleGrantsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        PersonRoleGrantsQuery,
        PersonRoleGrantsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<PersonRoleGrantsQuery, PersonRoleGrantsQueryVariables>(
    PersonRoleGrantsDocument,
    options,
  );
}
export type PersonRoleGrantsQueryHookResult = ReturnType<typeof usePersonRoleGrantsQuery>;
export type PersonRoleGrantsLazyQueryHookResult = ReturnType<typeof usePersonRoleGrantsLazyQuery>;
export type PersonRoleGrantsSuspenseQueryHookResult = ReturnType<
  typeof usePersonRoleGrantsSuspenseQuery
>;
export const GrantRoleDocument = gql`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      ...AdminRoleGrant
    }
  }
  ${AdminRoleGrantFragmentDoc}
`;
export function useGrantRoleMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<GrantRoleMutation, GrantRoleMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<GrantRoleMutation, GrantRoleMutationVariables>(
    GrantRoleDocument,
    options,
  );
}
export type GrantRoleMutationHookResult = ReturnType<typeof useGrantRoleMutation>;
export const RevokeRoleDocument = gql`
  mutation RevokeRole($id: ID!) {
    revokeRole(id: $id)
  }
`;
export function useRevokeRoleMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    RevokeRoleMutation,
    RevokeRoleMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<RevokeRoleMutation, RevokeRoleMutationVariables>(
    RevokeRoleDocument,
    options,
  );
}
export type RevokeRoleMutationHookResult = ReturnType<typeof useRevokeRoleMutation>;
export const ErasePersonDocument = gql`
  mutation ErasePerson($input: ErasePersonInput!) {
    erasePerson(input: $input) {
      personId
      erasedAt
    }
  }
`;
export function useErasePersonMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    ErasePersonMutation,
    ErasePersonMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<ErasePersonMutation, ErasePersonMutationVariables>(
    ErasePersonDocument,
    options,
  );
}
export type ErasePersonMutationHookResult = ReturnType<typeof useErasePersonMutation>;
export const AuditEventsDocument = gql`
  query AuditEvents($input: AuditFilterInput) {
    auditEvents(input: $input) {
      total
      items {
        id
        at
        action
        actorPersonId
        subjectPersonIds
        detail
      }
    }
  }
`;
export function useAuditEventsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<AuditEventsQuery, AuditEventsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<AuditEventsQuery, AuditEventsQueryVariables>(
    AuditEventsDocument,
    options,
  );
}
export function useAuditEventsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<AuditEventsQuery, AuditEventsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<AuditEventsQuery, AuditEventsQueryVariables>(
    AuditEventsDocument,
    options,
  );
}
// @ts-ignore
export function useAuditEventsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    AuditEventsQuery,
    AuditEventsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<AuditEventsQuery, AuditEventsQueryVariables>;
export function useAuditEventsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<AuditEventsQuery, AuditEventsQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  AuditEventsQuery,
  AuditEventsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useAuditEventsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<AuditEventsQuery, AuditEventsQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<AuditEventsQuery, AuditEventsQueryVariables>(
    AuditEventsDocument,
    options,
  );
}
export type AuditEventsQueryHookResult = ReturnType<typeof useAuditEventsQuery>;
export type AuditEventsLazyQueryHookResult = ReturnType<typeof useAuditEventsLazyQuery>;
export type AuditEventsSuspenseQueryHookResult = ReturnType<typeof useAuditEventsSuspenseQuery>;
export const ReferenceDataDocument = gql`
  query ReferenceData {
    departments {
      code
      name
      active
    }
    professions {
      code
      name
      active
    }
  }
`;
export function useReferenceDataQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<ReferenceDataQuery, ReferenceDataQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ReferenceDataQuery, ReferenceDataQueryVariables>(
    ReferenceDataDocument,
    options,
  );
}
export function useReferenceDataLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    ReferenceDataQuery,
    ReferenceDataQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ReferenceDataQuery, ReferenceDataQueryVariables>(
    ReferenceDataDocument,
    options,
  );
}
// @ts-ignore
export function useReferenceDataSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    ReferenceDataQuery,
    ReferenceDataQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<ReferenceDataQuery, ReferenceDataQueryVariables>;
export function useReferenceDataSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<ReferenceDataQuery, ReferenceDataQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  ReferenceDataQuery,
  ReferenceDataQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useReferenceDataSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<ReferenceDataQuery, ReferenceDataQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<ReferenceDataQuery, ReferenceDataQueryVariables>(
    ReferenceDataDocument,
    options,
  );
}
export type ReferenceDataQueryHookResult = ReturnType<typeof useReferenceDataQuery>;
export type ReferenceDataLazyQueryHookResult = ReturnType<typeof useReferenceDataLazyQuery>;
export type ReferenceDataSuspenseQueryHookResult = ReturnType<typeof useReferenceDataSuspenseQuery>;
export const AddDepartmentDocument = gql`
  mutation AddDepartment($input: AddReferenceItemInput!) {
    addDepartment(input: $input) {
      code
      name
      active
    }
  }
`;
export function useAddDepartmentMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    AddDepartmentMutation,
    AddDepartmentMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<AddDepartmentMutation, AddDepartmentMutationVariables>(
    AddDepartmentDocument,
    options,
  );
}
export type AddDepartmentMutationHookResult = ReturnType<typeof useAddDepartmentMutation>;
export const AddProfessionDocument = gql`
  mutation AddProfession($input: AddReferenceItemInput!) {
    addProfession(input: $input) {
      code
      name
      active
    }
  }
`;
export function useAddProfessionMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    AddProfessionMutation,
    AddProfessionMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<AddProfessionMutation, AddProfessionMutationVariables>(
    AddProfessionDocument,
    options,
  );
}
export type AddProfessionMutationHookResult = ReturnType<typeof useAddProfessionMutation>;
export const SignOutDocument = gql`
  mutation SignOut {
    signOut
  }
`;
export function useSignOutMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<SignOutMutation, SignOutMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<SignOutMutation, SignOutMutationVariables>(
    SignOutDocument,
    options,
  );
}
export type SignOutMutationHookResult = ReturnType<typeof useSignOutMutation>;
export const MyAnswersDocument = gql`
  query MyAnswers {
    myAnswers {
      answers {
        question
        code
        label
      }
      sebGroup
      updatedAt
    }
  }
`;
export function useMyAnswersQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<MyAnswersQuery, MyAnswersQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<MyAnswersQuery, MyAnswersQueryVariables>(
    MyAnswersDocument,
    options,
  );
}
export function useMyAnswersLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<MyAnswersQuery, MyAnswersQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<MyAnswersQuery, MyAnswersQueryVariables>(
    MyAnswersDocument,
    options,
  );
}
// @ts-ignore
export function useMyAnswersSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<MyAnswersQuery, MyAnswersQueryVariables>,
): ApolloReactHooks.UseSuspenseQueryResult<MyAnswersQuery, MyAnswersQueryVariables>;
export function useMyAnswersSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyAnswersQuery, MyAnswersQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  MyAnswersQuery,
  MyAnswersQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useMyAnswersSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyAnswersQuery, MyAnswersQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<MyAnswersQuery, MyAnswersQueryVariables>(
    MyAnswersDocument,
    options,
  );
}
export type MyAnswersQueryHookResult = ReturnType<typeof useMyAnswersQuery>;
export type MyAnswersLazyQueryHookResult = ReturnType<typeof useMyAnswersLazyQuery>;
export type MyAnswersSuspenseQueryHookResult = ReturnType<typeof useMyAnswersSuspenseQuery>;
export const SaveMyAnswersDocument = gql`
  mutation SaveMyAnswers($input: SaveMyAnswersInput!) {
    saveMyAnswers(input: $input) {
      updatedAt
    }
  }
`;
export function useSaveMyAnswersMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    SaveMyAnswersMutation,
    SaveMyAnswersMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<SaveMyAnswersMutation, SaveMyAnswersMutationVariables>(
    SaveMyAnswersDocument,
    options,
  );
}
export type SaveMyAnswersMutationHookResult = ReturnType<typeof useSaveMyAnswersMutation>;
export const WithdrawMyAnswersDocument = gql`
  mutation WithdrawMyAnswers {
    withdrawMyAnswers {
      updatedAt
    }
  }
`;
export function useWithdrawMyAnswersMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    WithdrawMyAnswersMutation,
    WithdrawMyAnswersMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    WithdrawMyAnswersMutation,
    WithdrawMyAnswersMutationVariables
  >(WithdrawMyAnswersDocument, options);
}
export type WithdrawMyAnswersMutationHookResult = ReturnType<typeof useWithdrawMyAnswersMutation>;
export const CurrentUserDocument = gql`
  query CurrentUser {
    me {
      personId
      givenName
      familyName
      email
      staffNumber
      departmentCode
      gradeCode
      roles {
        id
        role
        scopeType
        scopeId
        grantedAt
      }
    }
  }
`;
export function useCurrentUserQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<CurrentUserQuery, CurrentUserQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<CurrentUserQuery, CurrentUserQueryVariables>(
    CurrentUserDocument,
    options,
  );
}
export function useCurrentUserLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<CurrentUserQuery, CurrentUserQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<CurrentUserQuery, CurrentUserQueryVariables>(
    CurrentUserDocument,
    options,
  );
}
// @ts-ignore
export function useCurrentUserSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    CurrentUserQuery,
    CurrentUserQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<CurrentUserQuery, CurrentUserQueryVariables>;
export function useCurrentUserSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<CurrentUserQuery, CurrentUserQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  CurrentUserQuery,
  CurrentUserQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useCurrentUserSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<CurrentUserQuery, CurrentUserQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<CurrentUserQuery, CurrentUserQueryVariables>(
    CurrentUserDocument,
    options,
  );
}
export type CurrentUserQueryHookResult = ReturnType<typeof useCurrentUserQuery>;
export type CurrentUserLazyQueryHookResult = ReturnType<typeof useCurrentUserLazyQuery>;
export type CurrentUserSuspenseQueryHookResult = ReturnType<typeof useCurrentUserSuspenseQuery>;
export const SignInDocument = gql`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input)
  }
`;
export function useSignInMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<SignInMutation, SignInMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<SignInMutation, SignInMutationVariables>(
    SignInDocument,
    options,
  );
}
export type SignInMutationHookResult = ReturnType<typeof useSignInMutation>;
export const SignUpDocument = gql`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`;
export function useSignUpMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<SignUpMutation, SignUpMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<SignUpMutation, SignUpMutationVariables>(
    SignUpDocument,
    options,
  );
}
export type SignUpMutationHookResult = ReturnType<typeof useSignUpMutation>;
export const SignUpOptionsDocument = gql`
  query SignUpOptions {
    departments {
      code
      name
      active
    }
    grades {
      code
      name
      rank
    }
  }
`;
export function useSignUpOptionsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<SignUpOptionsQuery, SignUpOptionsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<SignUpOptionsQuery, SignUpOptionsQueryVariables>(
    SignUpOptionsDocument,
    options,
  );
}
export function useSignUpOptionsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    SignUpOptionsQuery,
    SignUpOptionsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<SignUpOptionsQuery, SignUpOptionsQueryVariables>(
    SignUpOptionsDocument,
    options,
  );
}
// @ts-ignore
export function useSignUpOptionsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    SignUpOptionsQuery,
    SignUpOptionsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<SignUpOptionsQuery, SignUpOptionsQueryVariables>;
export function useSignUpOptionsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<SignUpOptionsQuery, SignUpOptionsQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  SignUpOptionsQuery,
  SignUpOptionsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useSignUpOptionsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<SignUpOptionsQuery, SignUpOptionsQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<SignUpOptionsQuery, SignUpOptionsQueryVariables>(
    SignUpOptionsDocument,
    options,
  );
}
export type SignUpOptionsQueryHookResult = ReturnType<typeof useSignUpOptionsQuery>;
export type SignUpOptionsLazyQueryHookResult = ReturnType<typeof useSignUpOptionsLazyQuery>;
export type SignUpOptionsSuspenseQueryHookResult = ReturnType<typeof useSignUpOptionsSuspenseQuery>;
