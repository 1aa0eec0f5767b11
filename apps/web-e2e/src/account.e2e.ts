import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  DEMO_ADMIN,
  expectPage,
  fillSignUp,
  newPerson,
  screenshotPath,
  signInInBrowser,
  signUpInBrowser,
  signUpThroughApi,
  type NewPerson,
} from './support/accounts';
import { CHROMIUM_MISSING, chromiumInstalled } from './support/chromium';
import { expectNoAxeViolations } from './support/expect-accessible';
import { errorSummary, navigation } from './support/pages';

test.skip(!chromiumInstalled(), CHROMIUM_MISSING);

/** Signs in as the demo admin and opens the roles page of the person with this staff number. */
async function openPerson(page: Page, person: NewPerson): Promise<string> {
  await navigation(page).getByRole('link', { name: 'Admin' }).click();
  await expectPage(page, 'Admin');
  await page.getByRole('link', { name: 'People and roles' }).click();
  await expectPage(page, 'People and roles');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(errorSummary(page)).toContainText('Enter a name, email address or staff number');
  await expectNoAxeViolations(page);
  await page.getByLabel('Name, email address or staff number').fill(person.staffNumber);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('table')).toContainText(person.staffNumber);
  await expect(page).not.toHaveURL(new RegExp(person.staffNumber));
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: `${person.givenName} ${person.familyName}` }).click();
  await expectPage(page, `Roles of ${person.givenName} ${person.familyName}`);
  return new URL(page.url()).pathname.split('/').at(-1) ?? '';
}

test.describe('accounts', () => {
  test('a new person creates an account, sees it, changes their password and downloads their data', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await page.getByRole('button', { name: 'Create an account' }).click();
    await expectPage(page, 'Create an account');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Enter your first name',
      'Enter your last name',
      'Enter your email address',
      'Enter your staff number, 3 to 20 letters, digits or hyphens',
      'Select your department',
      'Select your grade',
      'Password must be 12 characters or more',
    ]);
    await expect(errorSummary(page)).toBeFocused();
    await expect(page).toHaveTitle('Error: Create an account – Pathways');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('sign-up-errors'), fullPage: true });

    const person = newPerson('Sam');
    await fillSignUp(page, person);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectPage(page, 'Questions about your background');

    await navigation(page).getByRole('link', { name: 'Account' }).click();
    await expectPage(page, 'Your account');
    await expect(page.getByRole('main')).toContainText(person.staffNumber);
    await expect(page.getByRole('main')).toContainText('Work and Pensions');
    await expect(page.getByRole('main')).toContainText('Participant');
    await expect(navigation(page).getByRole('link', { name: 'Admin' })).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('account'), fullPage: true });

    await page.getByRole('link', { name: 'Change password' }).click();
    await expectPage(page, 'Change your password');
    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password').fill('a brand new password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(errorSummary(page)).toContainText('Your current password is not correct');
    await expect(page.locator('#current-password-error')).toContainText(
      'Your current password is not correct',
    );
    await expectNoAxeViolations(page);
    await page.getByLabel('Current password').fill(person.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('alert')).toContainText('Your password has been changed');
    await expectPage(page, 'Your account');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download your data' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^pathways-personal-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file.url()).toMatch(/^blob:/);
    const json = await readFile(await file.path(), 'utf8');
    expect(json).toContain(person.staffNumber);
    expect(() => JSON.parse(json)).not.toThrow();
  });

  test('signing out, then in again, returns to the page that needed it', async ({ page }) => {
    test.setTimeout(60_000);
    const person = newPerson('Kim');
    await signUpInBrowser(page, person);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectPage(page, 'You have signed out');
    await expect(navigation(page).getByRole('link', { name: 'Sign in' })).toBeVisible();

    await page.goto('/account');
    await expect(page).toHaveURL('/sign-in');
    await expectPage(page, 'Sign in');
    await page.getByLabel('Email address').fill(person.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(errorSummary(page)).toContainText('Enter a correct email address and password');
    await expectNoAxeViolations(page);
    await page.getByLabel('Password').fill(person.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL('/account');
    await expectPage(page, 'Your account');
  });

  test('people without the admin role cannot use the admin pages', async ({ page }) => {
    await signUpInBrowser(page, newPerson('Lou'));
    await page.goto('/admin/audit');
    await expectPage(page, 'You do not have permission to see this page');
  });
});

test.describe('administration', () => {
  test('an admin makes someone the lead of a department chosen from the list', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const person = newPerson('Dani');
    await signUpThroughApi(request, person);
    await signInInBrowser(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await openPerson(page, person);

    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Department lead' });
    await page.getByLabel('Scope', { exact: true }).selectOption({ label: 'Department' });
    await page.getByRole('button', { name: 'Grant role' }).click();
    await expect(errorSummary(page)).toContainText('Select the department this role is for');
    await expect(page.locator('#scope-id-error')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Department', { exact: true }).selectOption({ label: 'Justice (MOJ)' });
    await page.getByRole('button', { name: 'Grant role' }).click();
    await expect(page.getByRole('alert')).toContainText('Department lead role granted');
    await expect(page.getByRole('table')).toContainText('Department MOJ');
  });

  test('an admin grants and revokes a role and reads both in the audit log', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const person = newPerson('Ari');
    await signUpThroughApi(request, person);
    await signInInBrowser(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
    const personId = await openPerson(page, person);

    await page.getByRole('button', { name: 'Grant role' }).click();
    await expect(errorSummary(page)).toContainText('Select a role');
    await expectNoAxeViolations(page);
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Programme lead' });
    await page.getByRole('button', { name: 'Grant role' }).click();
    await expect(errorSummary(page)).toContainText('A programme lead role takes scope programme');
    await expect(page.locator('#scope-type-error')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Scope', { exact: true }).selectOption({ label: 'Programme' });
    await page.getByLabel('Scope code (if the scope needs one)').fill('CATAPULT');
    await page.getByRole('button', { name: 'Grant role' }).click();
    await expect(page.getByRole('alert')).toContainText('Programme lead role granted');
    await expect(page.getByRole('table')).toContainText('Programme CATAPULT');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('admin-person-roles'), fullPage: true });

    await page.getByRole('link', { name: 'Revoke Programme lead role' }).click();
    await expectPage(page, 'Are you sure you want to revoke this role?');
    await page.getByRole('button', { name: 'Revoke role' }).click();
    await expect(page.getByRole('alert')).toContainText('Programme lead role revoked');
    await expect(page.getByRole('table')).not.toContainText('Programme lead');
    await expectPage(page, `Roles of ${person.givenName} ${person.familyName}`);

    await navigation(page).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('link', { name: 'Audit log' }).click();
    await expectPage(page, 'Audit log');
    await page.getByLabel('Action').selectOption({ label: 'Role granted' });
    await page.getByRole('group', { name: 'From' }).getByLabel('Day').fill('31');
    await page.getByRole('group', { name: 'From' }).getByLabel('Month').fill('2');
    await page.getByRole('group', { name: 'From' }).getByLabel('Year').fill('2025');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(errorSummary(page)).toContainText('The from date must be a real date');
    await expectNoAxeViolations(page);
    const today = new Date().toISOString().slice(0, 10).split('-');
    await page
      .getByRole('group', { name: 'From' })
      .getByLabel('Day')
      .fill(String(Number(today[2])));
    await page
      .getByRole('group', { name: 'From' })
      .getByLabel('Month')
      .fill(String(Number(today[1])));
    await page.getByRole('group', { name: 'From' }).getByLabel('Year').fill(today[0]);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/action=role\.granted/);
    const granted = page.getByRole('row', { name: new RegExp(personId) });
    await expect(granted).toContainText('Role granted');
    await expect(granted).toContainText('You');
    await expect(granted).toContainText('CATAPULT');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('admin-audit-log'), fullPage: true });

    await page.getByLabel('Action').selectOption({ label: 'Role revoked' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByRole('row', { name: new RegExp(personId) })).toContainText(
      'Role revoked',
    );
    await expectNoAxeViolations(page);
  });

  test('an admin adds a department, with errors for a bad or existing code', async ({ page }) => {
    test.setTimeout(60_000);
    await signInInBrowser(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await page.goto('/admin/reference-data');
    await expectPage(page, 'Departments and professions');
    await page.getByRole('button', { name: 'Add a department' }).click();
    await expectPage(page, 'Add a department');
    await page.getByRole('button', { name: 'Add department' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Enter a code of 2 to 40 letters, digits or underscores, starting with a letter',
      'Enter a name',
    ]);
    await expectNoAxeViolations(page);
    await page.getByLabel('Code').fill('DWP');
    await page.getByLabel('Name').fill('Work and Pensions again');
    await page.getByRole('button', { name: 'Add department' }).click();
    await expect(errorSummary(page)).toContainText('Department DWP already exists');
    await expect(page.locator('#code-error')).toContainText('Department DWP already exists');
    await expectNoAxeViolations(page);
    const code = `E2E_${Date.now()}`;
    await page.getByLabel('Code').fill(code);
    await page.getByLabel('Name').fill('Office for End-to-End Tests');
    await page.getByRole('button', { name: 'Add department' }).click();
    await expect(page.getByRole('alert')).toContainText('Office for End-to-End Tests added');
    await expect(page.getByRole('table', { name: 'Departments' })).toContainText(code);
    await expectPage(page, 'Departments and professions');
  });

  test('an admin erases a person after giving a reason and confirming', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const person = newPerson('Eri');
    await signUpThroughApi(request, person);
    await signInInBrowser(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
    const personId = await openPerson(page, person);
    await page.getByRole('link', { name: 'Erase this person’s data' }).click();
    await expectPage(page, 'Erase this person’s data');
    await page.getByRole('button', { name: 'Erase data' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Enter why you are erasing this person’s data',
      'Confirm that you understand this cannot be undone',
    ]);
    await expectNoAxeViolations(page);
    await page.getByLabel('Why are you erasing this person’s data?').fill('Erasure request ER-123');
    await page.getByLabel(/I understand that this person’s data will be erased/).check();
    await page.getByRole('button', { name: 'Erase data' }).click();
    await expectPage(page, 'Person’s data erased');

    await page.goto('/admin/audit?action=person.erased');
    await expectPage(page, 'Audit log');
    await expect(page.getByRole('row', { name: new RegExp(personId) })).toContainText(
      'Erasure request ER-123',
    );
  });
});
