import { test, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { fillSignUp, newPerson, signInInBrowser, type NewPerson } from './support/accounts';
import { CHROMIUM_MISSING, chromiumInstalled } from './support/chromium';
import { expectNoAxeViolations } from './support/expect-accessible';
import {
  errorSummary,
  escape,
  expect,
  expectErrors,
  expectPage,
  navigation,
  pageFor,
  screenshots,
  summaryValue,
} from './support/pages';

test.skip(!chromiumInstalled(), CHROMIUM_MISSING);

const shot = screenshots('vacancies');

const LIVE_ALERT_TIMEOUT = 90_000;

const DEMO_PASSWORD = 'pathways-demo-password';
/** Leads the demo network MOJ-SOCIAL-MOBILITY (vacancies-demo.seeder.ts). */
const NETWORK_LEAD = 'network.lead@demo.pathways.gov.uk';
const ANALYST = 'analyst@demo.pathways.gov.uk';
const ADMIN = 'admin@demo.pathways.gov.uk';
const NETWORK = 'Ministry of Justice Social Mobility Network';

function datePlusDays(days: number): { day: string; month: string; year: string } {
  const date = new Date(Date.now() + days * 86_400_000);
  return {
    day: String(date.getUTCDate()),
    month: String(date.getUTCMonth() + 1),
    year: String(date.getUTCFullYear()),
  };
}

/** The funnel table's cell for a stage and SEB group column ("Everyone" is the last). */
function funnelCell(page: Page, stage: string, column: number) {
  return page
    .getByRole('row', { name: new RegExp(`^${stage}`) })
    .getByRole('cell')
    .nth(column);
}

async function signUp(page: Page, person: NewPerson): Promise<void> {
  await page.goto('/sign-up');
  await expectPage(page, 'Create an account');
  await fillSignUp(page, person);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expectPage(page, 'Questions about your background');
}

/** A new member joins the demo network and asks to be told about roles like this one. */
async function memberJoinsAndSavesAlert(page: Page, keyword: string): Promise<void> {
  await navigation(page).getByRole('link', { name: 'Networks' }).click();
  await expectPage(page, 'Networks');
  await page.getByRole('button', { name: `Join ${NETWORK}` }).click();
  await expect(page.getByRole('alert')).toContainText(`You joined ${NETWORK}`);
  await expect(page.getByRole('button', { name: `Leave ${NETWORK}` })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'networks');

  await navigation(page).getByRole('link', { name: 'Accelerator roles' }).click();
  await expectPage(page, 'Accelerator roles');
  await shot(page, 'roles');
  await page.getByRole('link', { name: /Get alerts when new roles match/ }).click();
  await expectPage(page, 'Your vacancy alerts');
  await page.getByRole('button', { name: 'Add an alert' }).click();
  await expectPage(page, 'Add an alert');
  await expectErrors(page, 'Save alert', [
    'Select how often to be told',
    'Select in Pathways, by e-mail, or both',
  ]);
  await page.getByLabel('Name (optional)').fill('Private office roles');
  await page
    .getByRole('group', { name: 'Departments' })
    .getByLabel('Justice', { exact: true })
    .check();
  await page.getByLabel('Words in the role (optional)').fill(`${keyword}, private office`);
  await page.getByLabel('As soon as a role is published').check();
  await page.getByLabel('In Pathways, in your notifications').check();
  await page.getByLabel('By e-mail').check();
  await shot(page, 'alert-form');
  await page.getByRole('button', { name: 'Save alert' }).click();
  await expectPage(page, 'Your vacancy alerts');
  await expect(page.getByRole('alert')).toContainText('Alert added');
  await expect(summaryValue(page, 'Departments')).toHaveText('Justice');
  await expect(summaryValue(page, 'How')).toHaveText('In Pathways and by e-mail');
  await shot(page, 'alerts');
}

async function fillVacancy(page: Page, title: string): Promise<void> {
  const closing = datePlusDays(30);
  await page.getByLabel('Job title').fill(title);
  await page
    .getByLabel('Description (optional)')
    .fill('Support the Director General’s private office: briefings, the diary and casework.');
  await page.getByLabel('Department').selectOption({ label: 'Justice' });
  const grades = page.getByRole('group', { name: 'Grades' });
  await grades.getByLabel('Higher Executive Officer').check();
  await grades.getByLabel('Senior Executive Officer').check();
  await page.getByLabel('Profession (optional)').selectOption({ label: 'Policy' });
  await page.getByRole('group', { name: 'Where is the role based?' }).getByLabel('London').check();
  await page.getByRole('group', { name: 'Working pattern' }).getByLabel('Full-time').check();
  await page.getByRole('group', { name: 'Contract type' }).getByLabel('Loan').check();
  const date = page.getByRole('group', { name: 'Closing date' });
  await date.getByLabel('Day').fill(closing.day);
  await date.getByLabel('Month').fill(closing.month);
  await date.getByLabel('Year').fill(closing.year);
  await page
    .getByLabel('Link to apply (optional)')
    .fill('https://www.civilservicejobs.service.gov.uk/');
  await page.getByLabel('Private office', { exact: true }).check();
  await page.getByLabel('Yes, it is reserved for a talent scheme').check();
  await page.getByLabel('Which talent scheme?').fill('Fast Stream');
}

/**
 * The lead posts a role reserved for the Fast Stream, is refused by the department's 30% cap,
 * opens it to everyone, publishes it and broadcasts it to the network. Returns its path.
 */
async function leadPostsAndBroadcasts(page: Page, title: string): Promise<string> {
  await signInInBrowser(page, NETWORK_LEAD, DEMO_PASSWORD);
  // Signing in ends on the account page: wait for it, or it takes over the next click.
  await expectPage(page, 'Your account');
  await navigation(page).getByRole('link', { name: 'Accelerator roles' }).click();
  await expectPage(page, 'Accelerator roles');
  await page.getByRole('link', { name: 'Post an accelerator role' }).click();
  await expectPage(page, 'Post an accelerator role');
  await expectErrors(page, 'Save and continue', [
    'Enter the title of the role',
    'Select the department',
    'Select at least one grade',
    'Select at least one region, or say the role can be done remotely',
    'Select the working pattern',
    'Select the contract type',
    'Enter the closing date',
    'Enter a link to apply, or a contact to apply through',
    'Select why the role accelerates a career',
    'Select whether the role is reserved for a talent scheme',
  ]);
  await shot(page, 'post-errors');
  await fillVacancy(page, title);
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await expectPage(page, 'Check the role before you publish it');
  await expect(summaryValue(page, 'Reserved for a talent scheme')).toHaveText(
    'Yes, for Fast Stream',
  );
  await expect(summaryValue(page, 'Why it accelerates a career')).toHaveText('Private office');
  await page.getByRole('button', { name: 'Publish role' }).click();
  await expect(errorSummary(page)).toContainText(
    /Justice caps roles reserved for talent schemes at 30% of its open accelerator vacancies/,
  );
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
  await shot(page, 'cap-error');

  await page.getByRole('link', { name: 'change the role so anyone eligible can apply' }).click();
  await expectPage(page, 'Change the role');
  await page.getByLabel('No, anyone eligible can apply').check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expectPage(page, 'Check the role before you publish it');
  await expect(page.getByRole('alert')).toContainText('Changes saved');
  await expect(summaryValue(page, 'Reserved for a talent scheme')).toHaveText(
    'No, open to everyone eligible',
  );
  await page.getByRole('button', { name: 'Publish role' }).click();
  await expectPage(page, title);
  await expect(page.getByRole('alert')).toContainText('Role published');
  const rolePath = new URL(page.url()).pathname;

  await page.getByRole('link', { name: 'Share with networks you lead' }).click();
  await expectPage(page, 'Share the role with your networks');
  await expectErrors(page, 'Share role', ['Select at least one network', 'Select who to alert']);
  await page.getByLabel(NETWORK).check();
  await page.getByLabel('Members whose alerts match the role').check();
  await shot(page, 'broadcast');
  await page.getByRole('button', { name: 'Share role' }).click();
  await expectPage(page, title);
  await expect(page.getByRole('alert')).toContainText(
    `Shared with ${NETWORK}: members whose alerts match are being told`,
  );
  await shot(page, 'role-owner');
  return rolePath;
}

test('a network lead broadcasts a private-office role; a member is alerted live, applies, and the funnel counts it', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(420_000);
  const id = randomUUID().slice(0, 8).toUpperCase();
  const title = `Assistant Private Secretary to the Director General (E2E-${id})`;
  const keyword = `e2e-${id.toLowerCase()}`;
  const member = newPerson('Sam');
  const memberPage = await pageFor(browser, baseURL);
  const leadPage = await pageFor(browser, baseURL);

  await signUp(memberPage, member);
  await memberJoinsAndSavesAlert(memberPage, keyword);
  // The member waits on their notifications; a marker on the window shows it never reloads.
  await navigation(memberPage).getByRole('link', { name: 'Notifications', exact: true }).click();
  await expectPage(memberPage, 'Notifications');
  await expect(memberPage.getByText('You have no notifications.')).toBeVisible();
  await memberPage.evaluate((marker) => Object.assign(window, { e2eMarker: marker }), id);

  const rolePath = await leadPostsAndBroadcasts(leadPage, title);

  // The alert arrives over the subscription: the count in the header, then the list itself.
  await expect(
    navigation(memberPage).getByRole('link', { name: 'Notifications (1 unread)' }),
  ).toBeVisible({ timeout: LIVE_ALERT_TIMEOUT });
  const alertLink = memberPage.getByRole('link', { name: new RegExp(`${escape(title)}$`) });
  await expect(alertLink).toHaveCount(1);
  expect(await memberPage.evaluate(() => (window as { e2eMarker?: string }).e2eMarker)).toBe(id);
  await expectNoAxeViolations(memberPage);
  await shot(memberPage, 'live-alert');
  await alertLink.click();
  await expectPage(memberPage, title);
  await expect(memberPage).toHaveURL(rolePath);
  await expect(summaryValue(memberPage, 'Department')).toHaveText('Justice');
  await expect(
    memberPage.getByRole('link', { name: 'Apply on the recruitment site' }),
  ).toHaveAttribute('href', `/api/vacancies${rolePath.slice('/vacancies'.length)}/apply`);
  await memberPage.getByRole('button', { name: 'I have applied' }).click();
  await expect(memberPage.getByRole('alert')).toContainText('we have recorded that you applied');
  await expectNoAxeViolations(memberPage);
  await shot(memberPage, 'role-applied');
  // The apply link records the application too, then sends the person on to the real form.
  const followed = await memberPage.request.get(
    `/api/vacancies${rolePath.slice('/vacancies'.length)}/apply`,
    { maxRedirects: 0 },
  );
  expect(followed.status()).toBe(302);
  expect(followed.headers()['location']).toBe('https://www.civilservicejobs.service.gov.uk/');

  // The e-mail, in the local outbox, with its unsubscribe link.
  await navigation(memberPage).getByRole('link', { name: 'Outbox' }).click();
  await expectPage(memberPage, 'Outbox');
  const subject = `Accelerator role: ${title} (Justice)`;
  await expect(async () => {
    await memberPage.reload();
    await expect(memberPage.getByRole('heading', { name: subject })).toHaveCount(1, {
      timeout: 2_000,
    });
  }).toPass({ timeout: LIVE_ALERT_TIMEOUT });
  await expectNoAxeViolations(memberPage);
  await shot(memberPage, 'outbox');

  // The lead sees the member among the network's members, and the funnel.
  await navigation(leadPage).getByRole('link', { name: 'Networks' }).click();
  await expectPage(leadPage, 'Networks');
  await leadPage.getByRole('link', { name: NETWORK }).click();
  await expectPage(leadPage, NETWORK);
  await expect(leadPage.getByRole('table')).toContainText(
    `${member.givenName} ${member.familyName}`,
  );
  await shot(leadPage, 'network-members');

  await leadPage.goto(rolePath);
  await expectPage(leadPage, title);
  await leadPage.getByRole('link', { name: /See who was alerted, viewed, applied/ }).click();
  await expectPage(leadPage, 'Who the role reached');
  // One person at each stage so far: too few to show, so withheld as [c], and nobody appointed.
  for (const stage of ['Alerted', 'Viewed', 'Applied'])
    await expect(funnelCell(leadPage, stage, 4)).toHaveText('[c]');
  await expect(funnelCell(leadPage, 'Appointed', 4)).toHaveText('0');
  await shot(leadPage, 'funnel');

  await leadPage.getByRole('link', { name: 'Back' }).click();
  await leadPage.getByRole('link', { name: 'Record who was appointed' }).click();
  await expectPage(leadPage, 'Record who was appointed');
  await expectErrors(leadPage, 'Record appointment', [
    'Enter the staff number of the person appointed',
  ]);
  await leadPage.getByLabel('Record who was appointed').fill(member.staffNumber);
  await leadPage.getByRole('button', { name: 'Record appointment' }).click();
  await expect(leadPage.getByRole('alert')).toContainText('Appointment recorded');
  await leadPage.getByRole('link', { name: /See who was alerted, viewed, applied/ }).click();
  await expectPage(leadPage, 'Who the role reached');
  await expect(funnelCell(leadPage, 'Appointed', 4)).toHaveText('[c]');

  // Exactly once: by now both the publish and the broadcast have been processed.
  await memberPage.goto('/notifications');
  await expectPage(memberPage, 'Notifications');
  await expect(memberPage.getByRole('link', { name: new RegExp(`${escape(title)}$`) })).toHaveCount(
    1,
  );
  await memberPage.goto('/outbox');
  await expectPage(memberPage, 'Outbox');
  await expect(memberPage.getByRole('heading', { name: subject })).toHaveCount(1);

  // One click stops the e-mails, signed in or not.
  await memberPage.getByRole('link', { name: `Stop these e-mails about ${subject}` }).click();
  await expectPage(memberPage, 'Stop vacancy alert e-mails');
  await memberPage.getByRole('button', { name: 'Stop these e-mails' }).click();
  await expectPage(memberPage, 'You have unsubscribed');
  await shot(memberPage, 'unsubscribed');
  await memberPage.goto('/vacancies/alerts');
  await expectPage(memberPage, 'Your vacancy alerts');
  await expect(summaryValue(memberPage, 'How')).toHaveText('In Pathways');

  // The lead closes the role: it leaves the list everyone sees.
  await leadPage.goto(rolePath);
  await expectPage(leadPage, title);
  await leadPage.getByRole('link', { name: 'Close the role to new applications' }).click();
  await expectPage(leadPage, 'Close the role');
  await shot(leadPage, 'close');
  await leadPage.getByRole('button', { name: 'Close role' }).click();
  await expectPage(leadPage, 'Roles you posted');
  await expect(leadPage.getByRole('alert')).toContainText(`${title} is closed`);
  await expect(leadPage.getByRole('row', { name: new RegExp(escape(title)) })).toContainText(
    'Closed',
  );
  await memberPage.goto('/vacancies');
  await expectPage(memberPage, 'Accelerator roles');
  await expect(memberPage.getByRole('link', { name: title })).toHaveCount(0);
});

test('analysts see every role’s funnel in total, with withheld cells marked', async ({ page }) => {
  test.setTimeout(120_000);
  await signInInBrowser(page, ANALYST, DEMO_PASSWORD);
  await expectPage(page, 'Your account');
  await navigation(page).getByRole('link', { name: 'Accelerator roles' }).click();
  await expectPage(page, 'Accelerator roles');
  await expect(page.getByRole('link', { name: 'Post an accelerator role' })).toHaveCount(0);
  await page.getByRole('link', { name: /Who hears about, applies for and gets/ }).click();
  await expectPage(page, 'Who accelerator roles reach');
  await expect(page.getByText(/^Across \d+ published roles?$/)).toBeVisible();
  await expect(page.getByRole('row', { name: /^Alerted/ })).toBeVisible();
  await page.getByLabel('Kind of role').selectOption({ label: 'Private office' });
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(page).toHaveURL(/category=private_office/);
  await expectPage(page, 'Who accelerator roles reach');
  await shot(page, 'funnel-totals');

  await page.goto('/vacancies/posted');
  await expectPage(page, 'You do not have permission to see this page');
});

test('an admin sets a department’s cap on reserved roles, then removes it', async ({ page }) => {
  test.setTimeout(120_000);
  await signInInBrowser(page, ADMIN, DEMO_PASSWORD);
  await expectPage(page, 'Your account');
  await navigation(page).getByRole('link', { name: 'Admin' }).click();
  await page.getByRole('link', { name: 'Caps on reserved roles' }).click();
  await expectPage(page, 'Roles reserved for talent schemes');
  const row = (department: string) => page.getByRole('row', { name: new RegExp(`^${department}`) });
  await expect(row('Justice')).toContainText('30%');
  await shot(page, 'reserved-shares');

  await page.getByRole('button', { name: 'Set a department’s cap' }).click();
  await expectPage(page, 'Set a department’s cap on reserved roles');
  await page.getByLabel(/in percent/).fill('12.5');
  await expectErrors(page, 'Save the cap', [
    'Select the department',
    'The cap must be a whole number of percent, like 30',
  ]);
  await page.getByLabel('Department').selectOption({ label: 'Transport' });
  await page.getByLabel(/in percent/).fill('25');
  await page.getByRole('button', { name: 'Save the cap' }).click();
  await expectPage(page, 'Roles reserved for talent schemes');
  await expect(page.getByRole('alert')).toContainText('Transport’s cap is 25%');
  await expect(row('Transport')).toContainText('No open roles');
  await expect(row('Transport')).toContainText('25%');

  await row('Transport').getByRole('link', { name: 'Change the cap of Transport' }).click();
  await expectPage(page, 'Set a department’s cap on reserved roles');
  await expect(page.getByText('Now: 25%.')).toBeVisible();
  await page.getByLabel(/in percent/).fill('');
  await page.getByRole('button', { name: 'Save the cap' }).click();
  await expectPage(page, 'Roles reserved for talent schemes');
  await expect(page.getByRole('alert')).toContainText('Transport has no cap');
  await expect(row('Transport')).toHaveCount(0);
});
