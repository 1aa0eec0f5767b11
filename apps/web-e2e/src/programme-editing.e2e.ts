import { test, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { signInInBrowser } from './support/accounts';
import { CHROMIUM_MISSING, chromiumInstalled } from './support/chromium';
import { expectNoAxeViolations } from './support/expect-accessible';
import { errorSummary, expect, expectPage, screenshots, summaryValue } from './support/pages';

test.skip(!chromiumInstalled(), CHROMIUM_MISSING);

const shot = screenshots('programme-editing');

const DEMO_LEAD = {
  email: 'programme.lead@demo.pathways.gov.uk',
  password: 'pathways-demo-password',
};

function daysFromToday(days: number): Date {
  return new Date(Date.now() + days * 86_400_000);
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** As the app writes dates: "27 March 2026". */
const longDate = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);

/** GraphQL as the signed-in lead: the browser context's request shares its session cookie. */
async function graphql<T>(page: Page, query: string, input: object): Promise<T> {
  const response = await page.request.post('/graphql', {
    headers: { 'apollo-require-preflight': 'true' },
    data: { query, variables: { input } },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** A fresh Catapult-style programme with an open cohort, so the demo programme stays as seeded. */
async function createProgrammeWithCohort(page: Page, id: string) {
  const { createProgramme } = await graphql<{ createProgramme: { id: string } }>(
    page,
    'mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
    { preset: 'catapult', name: `E2E Rules ${id}`, code: `E2E-RULES-${id}` },
  );
  const { createCohort } = await graphql<{ createCohort: { id: string } }>(
    page,
    'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }',
    {
      programmeId: createProgramme.id,
      code: `SPRING-${id}`,
      name: `Spring ${id}`,
      applicationsOpen: isoDate(daysFromToday(0)),
      applicationsClose: isoDate(daysFromToday(30)),
      startDate: isoDate(daysFromToday(45)),
    },
  );
  return { programmeId: createProgramme.id, cohortId: createCohort.id };
}

test('a lead changes a programme’s weights and eligibility, and a cohort’s start date', async ({
  page,
}) => {
  const id = randomUUID().slice(0, 8).toUpperCase();
  await signInInBrowser(page, DEMO_LEAD.email, DEMO_LEAD.password);
  // Signing in ends on the account page: wait for it, or it takes over the next navigation.
  await expectPage(page, 'Your account');
  const { programmeId, cohortId } = await createProgrammeWithCohort(page, id);

  await page.goto(`/programmes/${programmeId}`);
  await expectPage(page, `E2E Rules ${id}`);
  await expect(summaryValue(page, 'Same region')).toHaveText('0.1');
  await page.getByRole('link', { name: 'Change the programme’s rules' }).click();
  await expectPage(page, 'Change the programme');
  await expect(page.getByLabel('Shared topics', { exact: true })).toHaveValue('0.3');

  await page.getByLabel('Same region', { exact: true }).fill('-1');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText([
    'The weight for the same region must be 0 or more',
  ]);
  await expect(errorSummary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
  await shot(page, 'programme-errors');

  await page.getByLabel('Same region', { exact: true }).fill('0.5');
  await page.getByLabel('Highest grade that can apply').selectOption('SEO');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert')).toContainText(`E2E Rules ${id} changed`);
  await expectPage(page, `E2E Rules ${id}`);
  await expect(summaryValue(page, 'Same region')).toHaveText('0.5');
  await expect(summaryValue(page, 'Grades that can apply')).toContainText(
    'Senior Executive Officer',
  );
  await shot(page, 'programme-changed');

  const start = daysFromToday(60);
  await page.goto(`/programmes/cohorts/${cohortId}`);
  await expectPage(page, `Spring ${id}`);
  await page.getByRole('link', { name: /^Change the cohort/ }).click();
  await expectPage(page, 'Change the cohort');
  const group = page.getByRole('group', { name: 'When does the cohort start?' });
  await group.getByLabel('Day').fill(String(start.getUTCDate()));
  await group.getByLabel('Month').fill(String(start.getUTCMonth() + 1));
  await group.getByLabel('Year').fill(String(start.getUTCFullYear()));
  await shot(page, 'cohort-form');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert')).toContainText(`Spring ${id} changed`);
  await expectPage(page, `Spring ${id}`);
  await expect(summaryValue(page, 'Starts')).toHaveText(longDate(start));
});
