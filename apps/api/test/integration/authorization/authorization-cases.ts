import { ROLES } from '@pathways/api-core';
import type { Role } from '@pathways/api-core';

/** Who calls: nobody signed in, or the demo account of a role. */
export type Caller = Role | 'anonymous';

/**
 * allowed: the operation answers with data.
 * denied: UNAUTHENTICATED (anonymous) or FORBIDDEN (signed in), and no data.
 * empty: no error, but null: the operation tells this caller nothing about anyone.
 */
export type Outcome = 'allowed' | 'denied' | 'empty';

export const CALLERS: readonly Caller[] = ['anonymous', ...ROLES];

/** Fresh data for one cell, so that each cell is independent of the others. */
export interface CaseContext {
  /** A new person without an account, to act on. */
  newPersonId(): Promise<string>;
  /** A new grant (mentor, on a new person), to revoke. */
  newGrantId(): Promise<string>;
  /** A code unique within the test file. */
  uniqueCode(prefix: string): string;
}

export interface AuthorizationCase {
  /** The root field the query selects; also the key of its data. */
  operation: string;
  query: string;
  variables?: (context: CaseContext) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expected: Record<Caller, Outcome>;
}

/** Any signed-in person, for their own data. */
const SIGNED_IN: Record<Caller, Outcome> = {
  anonymous: 'denied',
  participant: 'allowed',
  mentor: 'allowed',
  line_manager: 'allowed',
  programme_lead: 'allowed',
  network_lead: 'allowed',
  analyst: 'allowed',
  admin: 'allowed',
};

const ADMIN_ONLY: Record<Caller, Outcome> = {
  anonymous: 'denied',
  participant: 'denied',
  mentor: 'denied',
  line_manager: 'denied',
  programme_lead: 'denied',
  network_lead: 'denied',
  analyst: 'denied',
  admin: 'allowed',
};

/** Every query and mutation that touches personal data × every caller. Later issues add rows. */
export const AUTHORIZATION_CASES: AuthorizationCase[] = [
  {
    operation: 'me',
    query: '{ me { personId email roles { role } } }',
    expected: { ...SIGNED_IN, anonymous: 'empty' },
  },
  {
    operation: 'myAnswers',
    query: '{ myAnswers { answers { question code } sebGroup } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'saveMyAnswers',
    query: `mutation Save($input: SaveMyAnswersInput!) {
      saveMyAnswers(input: $input) { answers { question code } }
    }`,
    variables: () => ({
      input: { answers: [{ question: 'seb_occupation', code: 'prefer_not_to_say' }] },
    }),
    expected: SIGNED_IN,
  },
  {
    operation: 'withdrawMyAnswers',
    query: 'mutation { withdrawMyAnswers { sebGroup } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'myPersonalData',
    query: '{ myPersonalData { json generatedAt } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'peopleSearch',
    query: 'query Search($search: String!) { peopleSearch(search: $search) { id email } }',
    variables: () => ({ search: 'demo' }),
    expected: ADMIN_ONLY,
  },
  {
    operation: 'roleGrants',
    query: 'query Grants($personId: ID!) { roleGrants(personId: $personId) { id role } }',
    variables: async ({ newPersonId }) => ({ personId: await newPersonId() }),
    expected: ADMIN_ONLY,
  },
  {
    operation: 'grantRole',
    query: 'mutation Grant($input: GrantRoleInput!) { grantRole(input: $input) { id } }',
    variables: async ({ newPersonId }) => ({
      input: { personId: await newPersonId(), role: 'admin' },
    }),
    expected: ADMIN_ONLY,
  },
  {
    operation: 'revokeRole',
    query: 'mutation Revoke($id: ID!) { revokeRole(id: $id) }',
    variables: async ({ newGrantId }) => ({ id: await newGrantId() }),
    expected: ADMIN_ONLY,
  },
  {
    operation: 'auditEvents',
    query: '{ auditEvents { total items { action subjectPersonIds } } }',
    expected: ADMIN_ONLY,
  },
  {
    operation: 'erasePerson',
    query: `mutation Erase($input: ErasePersonInput!) {
      erasePerson(input: $input) { personId erasedAt }
    }`,
    variables: async ({ newPersonId }) => ({
      input: { personId: await newPersonId(), reason: 'Authorisation matrix' },
    }),
    expected: ADMIN_ONLY,
  },
  {
    operation: 'addDepartment',
    query: `mutation Add($input: AddReferenceItemInput!) { addDepartment(input: $input) { code } }`,
    variables: ({ uniqueCode }) => ({
      input: { code: uniqueCode('D'), name: 'Matrix department' },
    }),
    expected: ADMIN_ONLY,
  },
  {
    operation: 'addProfession',
    query: `mutation Add($input: AddReferenceItemInput!) { addProfession(input: $input) { code } }`,
    variables: ({ uniqueCode }) => ({
      input: { code: uniqueCode('p'), name: 'Matrix profession' },
    }),
    expected: ADMIN_ONLY,
  },
];
