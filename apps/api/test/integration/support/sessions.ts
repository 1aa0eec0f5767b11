import { DemoSeedService, Role } from '@pathways/api-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@pathways/api-identity';
import { GraphqlResponse, TestApp } from '@pathways/api-testing';
import request from 'supertest';

export const SIGN_IN = 'mutation SignIn($input: SignInInput!) { signIn(input: $input) }';
export const SIGN_UP = 'mutation SignUp($input: SignUpInput!) { signUp(input: $input) }';
export const ME = '{ me { personId staffNumber givenName familyName email roles { role } } }';

export interface SignUpDetails {
  givenName: string;
  familyName: string;
  email: string;
  staffNumber: string;
  departmentCode: string;
  gradeCode: string;
  password: string;
}

export interface HttpGraphqlResponse<T> {
  body: GraphqlResponse<T>;
  /** The session cookie set by the response, as a Cookie header value; null when none. */
  cookie: string | null;
  setCookie: string[];
}

let counter = 0;

/** Sign-up details unique within the test file (and across files, which use their own database). */
export function newPerson(overrides: Partial<SignUpDetails> = {}): SignUpDetails {
  counter += 1;
  return {
    givenName: 'Sam',
    familyName: `Tester${counter}`,
    email: `sam.tester${counter}@example.gov.uk`,
    staffNumber: `T${String(counter).padStart(6, '0')}`,
    departmentCode: 'MOJ',
    gradeCode: 'EO',
    password: `correct horse battery ${counter}`,
    ...overrides,
  };
}

/** Sends an operation and keeps the response's Set-Cookie header. */
export async function graphqlWithCookies<T = Record<string, unknown>>(
  testApp: TestApp,
  query: string,
  variables?: Record<string, unknown>,
  cookie?: string,
): Promise<HttpGraphqlResponse<T>> {
  const call = request(testApp.server)
    .post('/graphql')
    .set('apollo-require-preflight', 'true')
    .send({ query, variables });
  const response = await (cookie ? call.set('Cookie', cookie) : call);
  const header = response.headers['set-cookie'] as string[] | string | undefined;
  const setCookie = header === undefined ? [] : Array.isArray(header) ? header : [header];
  const session = setCookie.find(
    (value) => value.startsWith('pathways_session=') && !value.startsWith('pathways_session=;'),
  );
  return {
    body: response.body as GraphqlResponse<T>,
    cookie: session ? session.split(';')[0] : null,
    setCookie,
  };
}

function cookieOrFail(response: HttpGraphqlResponse<unknown>, what: string): string {
  if (!response.cookie) throw new Error(`${what} failed: ${JSON.stringify(response.body)}`);
  return response.cookie;
}

export async function signIn(testApp: TestApp, email: string, password: string): Promise<string> {
  const response = await graphqlWithCookies(testApp, SIGN_IN, { input: { email, password } });
  return cookieOrFail(response, `Signing in as ${email}`);
}

/** Signs a new participant up; returns their session cookie and person id. */
export async function signUp(
  testApp: TestApp,
  details: SignUpDetails = newPerson(),
): Promise<{ cookie: string; personId: string; details: SignUpDetails }> {
  const cookie = cookieOrFail(
    await graphqlWithCookies(testApp, SIGN_UP, { input: details }),
    `Signing up ${details.email}`,
  );
  const me = await testApp.graphql<{ me: { personId: string } }>(ME, {}, cookie);
  const personId = me.data?.me.personId;
  if (!personId) throw new Error(`No me after signing up: ${JSON.stringify(me)}`);
  return { cookie, personId, details };
}

/** Loads the demo dataset: one account per role, all with DEMO_PASSWORD. */
export async function seedDemoAccounts(testApp: TestApp): Promise<void> {
  await testApp.app.get(DemoSeedService).seedDemo();
}

/** The demo account whose most specific grant is the role (seedDemoAccounts first). */
export function demoAccount(role: Role) {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.grants.at(-1)?.role === role);
  if (!account) throw new Error(`No demo account for ${role}`);
  return account;
}

export const signInAs = (testApp: TestApp, role: Role): Promise<string> =>
  signIn(testApp, demoAccount(role).email, DEMO_PASSWORD);
