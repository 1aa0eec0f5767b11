import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  expectPage,
  newPerson,
  screenshotPath,
  signInInBrowser,
  signUpInBrowser,
  signUpThroughApi,
  type NewPerson,
} from './support/accounts';
import { CHROMIUM_MISSING, chromiumInstalled } from './support/chromium';
import { expectNoAxeViolations } from './support/expect-accessible';
import { navigation } from './support/pages';

test.skip(!chromiumInstalled(), CHROMIUM_MISSING);

const DEMO_PROGRAMME_LEAD = {
  email: 'programme.lead@demo.pathways.gov.uk',
  password: 'pathways-demo-password',
};

/** Leads the demo department, Justice (MOJ). */
const DEMO_DEPARTMENT_LEAD = {
  email: 'department.lead@demo.pathways.gov.uk',
  password: 'pathways-demo-password',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date `days` from today (UTC, as the server counts), `years` earlier. */
function dateFrom(days: number, years = 0): Date {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date;
}

const longDate = (date: Date) =>
  `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;

async function fillDate(page: Page, legend: string | RegExp, date: Date): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(String(date.getUTCDate()));
  await group.getByLabel('Month').fill(String(date.getUTCMonth() + 1));
  await group.getByLabel('Year').fill(String(date.getUTCFullYear()));
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(`internships-${name}`), fullPage: true });
}

const errorSummary = (page: Page) => page.locator('.govuk-error-summary');

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** A care leaver answers the questions of the application, up to the eligibility check. */
async function answerCareQuestions(page: Page, intakeName: string, dateOfBirth: Date) {
  await page.goto('/internships');
  await expectPage(page, 'Care leaver internships');
  await page.getByRole('link', { name: `Apply to ${intakeName}` }).click();
  await expectPage(page, 'Apply for a care leaver internship');
  await page.getByRole('button', { name: 'Start now' }).click();

  await expectPage(page, 'How many weeks were you in care?');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(errorSummary(page)).toContainText('Enter how many weeks you were in care');
  await expectNoAxeViolations(page);
  await page.getByLabel('How many weeks were you in care?').fill('40');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expectPage(page, 'Was any of your time in care after your 16th birthday?');
  await page.getByLabel('Yes').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expectPage(page, 'What is your date of birth?');
  await fillDate(page, 'What is your date of birth?', dateOfBirth);
  await page.getByRole('button', { name: 'Continue' }).click();
}

test.describe('care leaver internships', () => {
  test('an intake from opening to a made-permanent outcome in the coordinator’s report', async ({
    page,
    browser,
    request,
  }) => {
    test.setTimeout(300_000);
    const id = newPerson().staffNumber.slice(4);
    const programmeName = `Care leaver internships ${id}`;
    const intakeName = `Intake ${id}`;
    const start = dateFrom(30);

    // The coordinator, a programme lead, creates an internship programme and opens an intake.
    await signInInBrowser(page, DEMO_PROGRAMME_LEAD.email, DEMO_PROGRAMME_LEAD.password);
    await page.goto('/internships');
    await expectPage(page, 'Care leaver internships');
    await page.getByRole('link', { name: 'Coordinate internship programmes' }).click();
    await expectPage(page, 'Internship programmes you coordinate');
    await page.getByRole('button', { name: 'Create an internship programme' }).click();
    await expectPage(page, 'Create an internship programme');
    await expect(page.getByLabel('Length of a placement, in months')).toHaveValue('12');
    await expect(page.getByLabel('Youngest age an applicant can be')).toHaveValue('16');
    await expect(page.getByLabel('Oldest age an applicant can be')).toHaveValue('25');
    await page.getByRole('button', { name: 'Create programme' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Enter the programme name',
      'Enter a code of 2 to 30 capital letters, digits or hyphens, like CARE-LEAVERS',
    ]);
    await expectNoAxeViolations(page);
    await shot(page, 'create-programme-errors');
    await page.getByLabel('Programme name').fill(programmeName);
    await page.getByLabel('Programme code').fill(`E2E-${id}`);
    await page.getByRole('button', { name: 'Create programme' }).click();
    await expectPage(page, programmeName);

    await page.getByRole('button', { name: 'Open an intake' }).click();
    await expectPage(page, 'Open an intake');
    await page.getByLabel('Intake name').fill(intakeName);
    await page.getByLabel('Intake code').fill('2026');
    await fillDate(page, 'Applications open', dateFrom(-1));
    await fillDate(page, 'Applications close', dateFrom(10));
    await fillDate(page, 'Internships start', start);
    await page.getByRole('button', { name: 'Open intake' }).click();
    await expectPage(page, intakeName);
    const intakeUrl = page.url();

    // A department offers two placements, with a line manager who has just joined Pathways:
    // the demo department lead, on their own page, in their department (Justice).
    const lineManager: NewPerson = newPerson('Lena');
    await signUpThroughApi(request, lineManager);
    const department = await newPage(browser);
    await signInInBrowser(department, DEMO_DEPARTMENT_LEAD.email, DEMO_DEPARTMENT_LEAD.password);
    await department.goto('/internships');
    await expectPage(department, 'Care leaver internships');
    await department.getByRole('link', { name: 'Your department’s placements' }).click();
    await expectPage(department, 'Your department’s internships');
    const offerLink = department.getByRole('link', { name: `Offer a placement in ${intakeName}` });
    const offer = async (team: string, grade: RegExp, region: string, work: string) => {
      await offerLink.click();
      await expectPage(department, 'Offer a placement');
      await department.getByLabel('Department').selectOption({ label: 'Justice' });
      await department.getByLabel('Team').fill(team);
      await department.getByLabel(grade).check();
      await department.getByLabel('Region').selectOption({ label: region });
      await department.getByLabel('Kind of work').selectOption({ label: work });
      await department.getByLabel('Line manager’s staff number').fill(lineManager.staffNumber);
      await fillDate(department, 'Start date', dateFrom(0));
      await department.getByRole('button', { name: 'Offer placement' }).click();
      await expect(department.getByRole('alert')).toContainText('Placement offered');
      await expectPage(department, 'Your department’s internships');
    };
    await offerLink.click();
    await expectPage(department, 'Offer a placement');
    // Their only department is chosen already, and no other is offered.
    await expect(department.getByLabel('Department')).toHaveValue('MOJ');
    await expect(department.getByLabel('Department').locator('option')).toHaveText([
      'Select a department',
      'Justice',
    ]);
    await department.getByRole('button', { name: 'Offer placement' }).click();
    await expect(errorSummary(department)).toContainText('Enter the team');
    await expectNoAxeViolations(department);
    await shot(department, 'offer-placement-errors');
    // The server's refusals reach the error summary too: an unknown line manager.
    await department.getByLabel('Team').fill('Digital services');
    await department.getByLabel(/Executive Officer/).check();
    await department.getByLabel('Region').selectOption({ label: 'London' });
    await department
      .getByLabel('Kind of work')
      .selectOption({ label: 'Digital, Data and Technology' });
    await department.getByLabel('Line manager’s staff number').fill('NO-SUCH-PERSON');
    await fillDate(department, 'Start date', dateFrom(0));
    await department.getByRole('button', { name: 'Offer placement' }).click();
    await expect(errorSummary(department)).toContainText('No one has that staff number: check it');
    await expectNoAxeViolations(department);
    await department.getByRole('link', { name: 'Back' }).click();
    await offer('Digital services', /Executive Officer/, 'London', 'Digital, Data and Technology');
    await offer(
      'Prison operations',
      /Administrative Officer/,
      'North East',
      'Operational Delivery',
    );
    const departmentRows = department
      .getByRole('table', { name: /Your departments’ placements/ })
      .getByRole('row', { name: new RegExp(intakeName) });
    await expect(departmentRows).toHaveCount(2);
    await expectNoAxeViolations(department);
    await shot(department, 'department');

    // The coordinator sees both on the intake.
    await page.goto(intakeUrl);
    await expectPage(page, intakeName);
    await expect(
      page.getByRole('table', { name: /Placements offered/ }).getByRole('row'),
    ).toHaveCount(3);

    // Two care leavers apply: one is too old on the start date and is told why.
    const older = await newPage(browser);
    const olderPerson = newPerson('Olu');
    await signUpInBrowser(older, olderPerson);
    await answerCareQuestions(older, intakeName, dateFrom(30 - 10, 27));
    await expectPage(older, 'You cannot apply to this intake');
    await expect(older.getByRole('main')).toContainText(
      `You must be 25 or younger on ${longDate(start)}; you will be 27.`,
    );
    await shot(older, 'not-eligible');

    const candidate = await newPage(browser);
    const candidatePerson = newPerson('Cara');
    await signUpInBrowser(candidate, candidatePerson);
    await answerCareQuestions(candidate, intakeName, dateFrom(30, 19));
    await expectPage(candidate, 'You can apply');
    await candidate.getByRole('button', { name: 'Continue' }).click();
    await expectPage(candidate, 'Where could you work?');
    await candidate.getByRole('button', { name: 'Continue' }).click();
    await expect(errorSummary(candidate)).toContainText(
      'Select at least one region you could work in',
    );
    await expectNoAxeViolations(candidate);
    await candidate.getByLabel('London', { exact: true }).check();
    await candidate.getByRole('button', { name: 'Continue' }).click();
    await expectPage(candidate, 'What kind of work would you like to do?');
    await candidate.getByLabel('Digital, Data and Technology').check();
    await candidate.getByRole('button', { name: 'Continue' }).click();
    await expectPage(candidate, 'Check your answers before sending your application');
    await shot(candidate, 'check-application');
    await candidate.getByRole('button', { name: 'Send application' }).click();
    await expectPage(candidate, 'Application sent');

    // Matching proposes; the coordinator approves.
    await page.goto(intakeUrl);
    await expectPage(page, intakeName);
    const applicants = page.getByRole('table', { name: /Eligible applicants/ });
    await expect(applicants).toContainText(candidatePerson.staffNumber);
    await expect(applicants.getByRole('row')).toHaveCount(2);
    await page.getByRole('button', { name: 'Run matching' }).click();
    const matches = page.getByRole('table', { name: 'Matches' });
    await expect(matches).toContainText('Justice, Digital services, EO, London');
    await expect(matches).toContainText('In London, one of the regions chosen');
    await expectNoAxeViolations(page);
    await shot(page, 'matching');
    await page.getByRole('button', { name: 'Approve all suggestions' }).click();
    await expect(matches).toContainText('Offered');

    // The candidate accepts, and joins the peer network.
    await navigation(candidate).getByRole('link', { name: 'Internships' }).click();
    await expectPage(candidate, 'Care leaver internships');
    await candidate.getByRole('link', { name: 'View the offer and answer it' }).click();
    await expectPage(candidate, 'Your placement offer');
    await shot(candidate, 'offer');
    await candidate.getByLabel('Yes, accept it').check();
    await candidate.getByRole('button', { name: 'Send your answer' }).click();
    await expect(candidate.getByRole('alert')).toContainText('You have accepted the placement');
    await expectPage(candidate, 'Care leaver internships');
    await candidate.getByRole('button', { name: 'Join the care leaver peer network' }).click();
    await expect(candidate.getByRole('main')).toContainText('You joined the network on');
    await expectNoAxeViolations(candidate);
    await shot(candidate, 'home-intern');

    // The line manager completes training, checks in and records the outcome.
    const manager = await newPage(browser);
    await signInInBrowser(manager, lineManager.email, lineManager.password);
    await manager.goto('/internships');
    await manager.getByRole('link', { name: 'Placements you line manage' }).click();
    await expectPage(manager, 'Placements you line manage');
    await manager.getByRole('link', { name: 'Justice, Digital services' }).click();
    await expectPage(
      manager,
      `${candidatePerson.givenName} ${candidatePerson.familyName}’s placement`,
    );
    await manager.getByRole('button', { name: 'Record your training' }).click();
    await expectPage(manager, 'When did you complete line manager training?');
    await fillDate(manager, /When did you complete/, dateFrom(0));
    await manager.getByRole('button', { name: 'Record training' }).click();
    await expect(manager.getByRole('alert')).toContainText(
      'Your line manager training is recorded',
    );
    await manager.getByRole('button', { name: 'Record a check-in' }).click();
    await expectPage(manager, 'Record a monthly check-in');
    await manager.getByLabel('On track').check();
    await manager.getByLabel('Notes (optional)').fill('Settling in well');
    await manager.getByRole('button', { name: 'Record check-in' }).click();
    await expect(manager.getByRole('alert')).toContainText('recorded');
    await manager.getByRole('button', { name: 'Record the outcome' }).click();
    await expectPage(manager, /What is the outcome of the placement\?$/);
    await manager.getByLabel('Made permanent').check();
    await manager.getByRole('button', { name: 'Continue' }).click();
    await expectPage(manager, 'Check the outcome before recording it');
    await expect(manager.getByRole('main')).toContainText('being made permanent');
    await shot(manager, 'check-outcome');
    await manager.getByRole('button', { name: 'Record outcome' }).click();
    await expect(manager.getByRole('alert')).toContainText('The outcome is recorded');
    await expectPage(
      manager,
      `${candidatePerson.givenName} ${candidatePerson.familyName}’s placement`,
    );
    await shot(manager, 'placement');

    // The coordinator sees the outcome on the intake, and the report withholds the small count.
    await page.goto(intakeUrl);
    await expectPage(page, intakeName);
    await expect(page.getByRole('table', { name: /Placements offered/ })).toContainText(
      'Made permanent',
    );
    await expect(page.getByRole('main')).toContainText('1 of 1 interns');
    await shot(page, 'intake');
    await page.getByRole('link', { name: 'Back' }).click();
    await expectPage(page, programmeName);
    await page.getByRole('button', { name: 'View the report' }).click();
    await expectPage(page, 'Report');
    const outcomes = page.getByRole('table', { name: /Outcomes at the end of placements/ });
    const intakeRow = outcomes.getByRole('row', { name: new RegExp(intakeName) });
    const madePermanent = await outcomes
      .getByRole('columnheader')
      .allTextContents()
      .then((headers) => headers.indexOf('Made permanent'));
    await expect(intakeRow.getByRole('cell').nth(madePermanent - 1)).toHaveText('[c]');
    await shot(page, 'report');

    // The department lead sees who joined and how the placement ended.
    await department.goto('/internships/department');
    await expectPage(department, 'Your department’s internships');
    const filled = departmentRows.filter({ hasText: 'Digital services' });
    await expect(filled).toContainText(
      `${candidatePerson.givenName} ${candidatePerson.familyName}`,
    );
    await expect(filled).toContainText('Made permanent');
    // Nothing about anyone who applied and was not placed with them.
    await expect(department.getByRole('main')).not.toContainText(olderPerson.familyName);
    await shot(department, 'department-outcome');
  });
  test('a care leaver withdraws an application, and can apply again', async ({ browser }) => {
    test.setTimeout(180_000);
    // The demo programme's open intake (internships-demo seeder).
    const intakeName = 'Next intake';
    const page = await newPage(browser);
    await signUpInBrowser(page, newPerson('Wren'));
    await answerCareQuestions(page, intakeName, dateFrom(0, 19));
    await expectPage(page, 'You can apply');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectPage(page, 'Where could you work?');
    await page.getByLabel('London', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectPage(page, 'What kind of work would you like to do?');
    await page.getByLabel('Digital, Data and Technology').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Send application' }).click();
    await expectPage(page, 'Application sent');

    await navigation(page).getByRole('link', { name: 'Internships' }).click();
    await expectPage(page, 'Care leaver internships');
    await page.getByRole('link', { name: `Withdraw your application to ${intakeName}` }).click();
    await expectPage(page, 'Are you sure you want to withdraw your application?');
    await shot(page, 'withdraw');
    await page.getByRole('button', { name: 'Withdraw application' }).click();
    await expectPage(page, 'Care leaver internships');
    await expect(page.getByRole('alert')).toContainText('Your application has been withdrawn');
    await expect(
      page.getByRole('link', { name: `Withdraw your application to ${intakeName}` }),
    ).toHaveCount(0);
    await expect(page.getByRole('link', { name: `Apply to ${intakeName}` })).toBeVisible();
  });
});
