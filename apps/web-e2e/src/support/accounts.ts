import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { repoRoot } from './app-server';
import { expectNoAxeViolations } from './expect-accessible';

export interface NewPerson {
  givenName: string;
  familyName: string;
  email: string;
  staffNumber: string;
  password: string;
}

/** Demo accounts exist because the e2e server runs with PATHWAYS_SEED_DEMO=true. */
export const DEMO_ADMIN = {
  email: 'admin@demo.pathways.gov.uk',
  password: 'pathways-demo-password',
};

/** Someone new for each test: the tests share one database. */
export function newPerson(givenName = 'Robin'): NewPerson {
  const id = randomUUID().slice(0, 8).toUpperCase();
  return {
    givenName,
    familyName: `Tester${id}`,
    email: `${givenName.toLowerCase()}.${id.toLowerCase()}@example.gov.uk`,
    staffNumber: `E2E-${id}`,
    password: `correct horse ${id}`,
  };
}

export function screenshotPath(name: string): string {
  return join(repoRoot, 'tmp/screenshots', `${name}.png`);
}

/** Waits for the page's heading, then checks the page with axe. */
export async function expectPage(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await expectNoAxeViolations(page);
}

export async function fillSignUp(page: Page, person: NewPerson): Promise<void> {
  await page.getByLabel('First name').fill(person.givenName);
  await page.getByLabel('Last name').fill(person.familyName);
  await page.getByLabel('Work email address').fill(person.email);
  await page.getByLabel('Staff number').fill(person.staffNumber);
  await page.getByLabel('Department').selectOption({ label: 'Work and Pensions' });
  await page.getByLabel('Grade').selectOption({ label: 'Executive Officer' });
  await page.getByLabel('Create a password').fill(person.password);
}

/** Signs up through the browser and lands on the start page of the questions. */
export async function signUpInBrowser(page: Page, person: NewPerson): Promise<void> {
  await page.goto('/sign-up');
  await expectPage(page, 'Create an account');
  await fillSignUp(page, person);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL('/questions');
}

export async function signInInBrowser(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await expectPage(page, 'Sign in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Creates an account outside the browser, in the request fixture's own cookie jar. */
export async function signUpThroughApi(
  request: APIRequestContext,
  person: NewPerson,
): Promise<void> {
  const { password, ...details } = person;
  const response = await request.post('/graphql', {
    headers: { 'apollo-require-preflight': 'true' },
    data: {
      query: 'mutation SignUp($input: SignUpInput!) { signUp(input: $input) }',
      variables: { input: { ...details, password, departmentCode: 'DWP', gradeCode: 'EO' } },
    },
  });
  expect(await response.json()).toEqual({ data: { signUp: true } });
}
