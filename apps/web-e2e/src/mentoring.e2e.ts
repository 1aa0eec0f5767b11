import { QUESTIONS, type QuestionKey } from '@pathways/domain-seb';
import { test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
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

const shot = screenshots('mentoring');

const DEMO_LEAD = {
  email: 'programme.lead@demo.pathways.gov.uk',
  password: 'pathways-demo-password',
};
/** The seeded open cohort of the demo CATAPULT programme (mentoring-demo.seeder.ts). */
const DEMO_PROGRAMME = 'Catapult';
const DEMO_COHORT_MATCHING = '/programmes/cohorts/c0407000-0000-4000-8000-000000002026/matching';

/** A heading that ends with this text: many headings carry a caption before their title. */
const endingWith = (text: string) => new RegExp(`${escape(text)}$`);

async function signUp(page: Page, person: NewPerson, grade = 'Executive Officer'): Promise<void> {
  await page.goto('/sign-up');
  await expectPage(page, 'Create an account');
  await fillSignUp(page, person);
  await page.getByLabel('Grade').selectOption({ label: grade });
  await page.getByRole('button', { name: 'Create account' }).click();
  await expectPage(page, 'Questions about your background');
}

async function answerQuestion(page: Page, key: QuestionKey, label: string): Promise<void> {
  await expectPage(page, endingWith(QUESTIONS[key].title));
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Answers the occupation question as given, and prefers not to say to the rest. */
async function answerBackground(page: Page, occupationCode: string): Promise<void> {
  await expectPage(page, 'Questions about your background');
  await page.getByRole('button', { name: 'Start now' }).click();
  const occupation = QUESTIONS.seb_occupation.options.find((o) => o.code === occupationCode);
  await answerQuestion(page, 'seb_occupation', occupation?.label ?? occupationCode);
  for (const key of [
    'seb_school',
    'seb_fsm',
    'seb_parent_degree',
    'gender',
    'ethnicity',
    'disability',
    'sexual_orientation',
  ] as const) {
    await answerQuestion(page, key, 'Prefer not to say');
  }
  await expectPage(page, 'Check your answers before sending them');
  await page.getByRole('button', { name: 'Accept and send' }).click();
  await expectPage(page, 'Answers sent');
}

async function goToMentoring(page: Page): Promise<void> {
  await page.goto('/');
  await navigation(page).getByRole('link', { name: 'Mentoring' }).click();
  await expectPage(page, 'Mentoring');
}

function isoDaysFromToday(days: number): { day: string; month: string; year: string } {
  const date = new Date(Date.now() + days * 86_400_000);
  return {
    day: String(date.getUTCDate()),
    month: String(date.getUTCMonth() + 1),
    year: String(date.getUTCFullYear()),
  };
}

async function fillDate(page: Page, legend: string, days: number): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  const date = isoDaysFromToday(days);
  await group.getByLabel('Day').fill(date.day);
  await group.getByLabel('Month').fill(date.month);
  await group.getByLabel('Year').fill(date.year);
}

interface Cohort {
  programmeName: string;
  cohortName: string;
  path: string;
}

/** The demo lead creates a Catapult-style programme and an open cohort of it. */
async function leadCreatesCohort(page: Page, id: string): Promise<Cohort> {
  const programmeName = `E2E Catapult ${id}`;
  const cohortName = `Spring ${id}`;
  await signInInBrowser(page, DEMO_LEAD.email, DEMO_LEAD.password);
  // Signing in ends on the account page: wait for it, or it takes over the next click.
  await expectPage(page, 'Your account');
  await navigation(page).getByRole('link', { name: 'Programmes' }).click();
  await expectPage(page, 'Your programmes');
  await expect(page.getByRole('table')).toContainText(DEMO_PROGRAMME);
  await shot(page, 'programmes');

  await page.getByRole('button', { name: 'Create a programme' }).click();
  await expectPage(page, endingWith('Which kind of programme do you want to set up?'));
  await expectErrors(page, 'Continue', ['Select the kind of programme to start from']);
  await expect(page.getByText('Stride-style mentoring')).toBeVisible();
  await expect(page.getByText('Cross-government sponsorship')).toBeVisible();
  await page.getByLabel('Catapult-style mentoring').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expectPage(page, endingWith('Name your programme'));
  await expect(summaryValue(page, 'Who can apply')).toHaveText(
    'Lower socio-economic background only',
  );
  await expect(summaryValue(page, 'Mentor grade')).toHaveText('Grade 7 (G7) or above');
  await expect(summaryValue(page, 'Mentor’s profession')).toHaveText('Any profession');
  await shot(page, 'programme-preset-rules');
  await expectErrors(page, 'Continue', ['Enter the programme name', 'Enter a programme code']);
  await page.getByLabel('Programme name').fill(programmeName);
  await page.getByLabel('Programme code').fill(`e2e ${id}`);
  await page.getByRole('button', { name: 'Continue' }).click();

  await expectPage(page, 'Check the programme before you create it');
  await expect(summaryValue(page, 'Code')).toHaveText(`E2E-${id}`);
  await shot(page, 'programme-check');
  await page.getByRole('button', { name: 'Create programme' }).click();
  await expect(page.getByRole('alert')).toContainText(`${programmeName} created`);
  await expectPage(page, endingWith(programmeName));

  await page.getByRole('button', { name: 'Add a cohort' }).click();
  await expectPage(page, 'Add a cohort');
  await expectErrors(page, 'Continue', [
    'Enter the cohort name',
    'Enter a cohort code',
    'Enter the date applications open',
    'Enter the date applications close',
    'Enter the start date',
  ]);
  await page.getByLabel('Cohort name').fill(cohortName);
  await page.getByLabel('Cohort code').fill(`SPRING-${id}`);
  await fillDate(page, 'When do applications open?', 0);
  await fillDate(page, 'When do applications close?', 30);
  await fillDate(page, 'When does the cohort start?', 45);
  await shot(page, 'cohort-form');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectPage(page, 'Check the cohort before you add it');
  await page.getByRole('button', { name: 'Add cohort' }).click();
  await expect(page.getByRole('alert')).toContainText(`${cohortName} added`);
  await expectPage(page, endingWith(cohortName));
  await expect(summaryValue(page, 'Status')).toHaveText('Open for applications');
  return { programmeName, cohortName, path: new URL(page.url()).pathname };
}

/** A new participant from a lower socio-economic background applies to the cohort. */
async function menteeApplies(page: Page, mentee: NewPerson, cohort: Cohort): Promise<void> {
  await signUp(page, mentee);
  await goToMentoring(page);
  const programme = page.getByRole('region', { name: cohort.programmeName });
  await expect(programme).toContainText('You are not eligible because:');
  await expect(programme).toContainText(
    'Answer the questions about your socio-economic background so we can check',
  );
  await shot(page, 'mentee-unanswered');
  await programme.getByRole('link', { name: 'Answer the questions about your background' }).click();
  await answerBackground(page, 'routine');

  await goToMentoring(page);
  await expect(programme).toContainText('You are eligible to apply.');
  await shot(page, 'mentee-eligible');
  await programme.getByRole('button', { name: `Apply to ${cohort.cohortName}` }).click();
  await expectPage(page, `Apply to ${cohort.programmeName}`);
  await expect(page.getByText('You are eligible to apply.')).toBeVisible();
  await page.getByRole('button', { name: 'Start now' }).click();

  await expectPage(page, endingWith('What would you like to get from mentoring?'));
  await expectErrors(page, 'Continue', ['Enter what you would like to get from mentoring']);
  await page
    .getByLabel('What would you like to get from mentoring?')
    .fill('Understand how promotion boards work and build a network outside my team.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectPage(page, endingWith('Which topics would you like help with?'));
  await expectErrors(page, 'Continue', ['Select at least one topic']);
  await page.getByLabel('Hidden rules of the Civil Service', { exact: true }).check();
  await page.getByLabel('Applications and interviews', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectPage(page, endingWith('Which profession would you like your mentor to be from?'));
  await page.getByLabel('I do not mind', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectPage(page, endingWith('Which department would you like your mentor to be from?'));
  await page.getByLabel('I do not mind', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectPage(page, endingWith('Where would you like to meet your mentor?'));
  await page.getByLabel('In the region I work in', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectPage(page, endingWith('When could you meet? (optional)'));
  await page.getByLabel('When could you meet? (optional)').fill('Fortnightly, on Teams');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expectPage(page, 'Check your answers before sending your application');
  await expect(summaryValue(page, 'Topics')).toHaveText(
    'Applications and interviews, Hidden rules of the Civil Service',
  );
  await shot(page, 'application-check');
  await page.getByRole('link', { name: 'Change when you could meet' }).click();
  await expectPage(page, endingWith('When could you meet? (optional)'));
  await page
    .getByLabel('When could you meet? (optional)')
    .fill('Fortnightly, on Teams or in person');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectPage(page, 'Check your answers before sending your application');
  await expect(summaryValue(page, 'When you could meet')).toHaveText(
    'Fortnightly, on Teams or in person',
  );
  await page.getByRole('button', { name: 'Accept and send' }).click();
  await expectPage(page, 'Application sent');
  await page.getByRole('link', { name: 'See or withdraw your applications' }).click();
  await expectPage(page, 'Your applications');
  await expect(page.getByRole('table')).toContainText(cohort.cohortName);
  await expect(page.getByRole('table')).toContainText('Applied');
}

/** Someone from a professional background is told which rule said no. */
async function professionalIsToldWhyNot(page: Page, cohort: Cohort): Promise<void> {
  await signUp(page, newPerson('Kit'));
  await answerBackground(page, 'professional');
  await goToMentoring(page);
  const programme = page.getByRole('region', { name: cohort.programmeName });
  await expect(programme).toContainText('You are not eligible because:');
  await expect(programme).toContainText(
    'This programme is for people from a lower socio-economic background. Your answers place you in a different group.',
  );
  await expect(
    programme.getByRole('button', { name: `Apply to ${cohort.cohortName}` }),
  ).toHaveCount(0);
  await expect(programme.getByRole('link', { name: 'See or change your answers' })).toBeVisible();
  await shot(page, 'not-eligible');
}

/** A new Grade 7 volunteers, pauses and resumes. */
async function mentorVolunteers(page: Page, mentor: NewPerson, cohort: Cohort): Promise<void> {
  await signUp(page, mentor, 'Grade 7');
  await goToMentoring(page);
  const programme = page.getByRole('region', { name: cohort.programmeName });
  await programme
    .getByRole('link', { name: `Volunteer as a mentor in ${cohort.cohortName}` })
    .click();
  await expectPage(page, endingWith('Volunteer as a mentor'));
  await expect(page.getByLabel('How many mentees could you take on at once?')).toHaveValue('2');
  await expectErrors(page, 'Continue', ['Select at least one topic you could help with']);
  await page.getByLabel('How many mentees could you take on at once?').fill('1');
  await page.getByLabel('Hidden rules of the Civil Service', { exact: true }).check();
  await page.getByLabel('Confidence', { exact: true }).check();
  await page.getByLabel('Policy', { exact: true }).check();
  await shot(page, 'volunteer');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectPage(page, endingWith('Check your offer before sending it'));
  await expect(summaryValue(page, 'Professions')).toHaveText('Policy');
  await page.getByRole('button', { name: 'Send offer' }).click();
  await expect(page.getByRole('alert')).toContainText('Thank you for volunteering');
  await expectPage(page, 'Your offers to mentor');
  const offers = page.getByRole('table');
  await expect(offers).toContainText('Available');
  await offers
    .getByRole('button', { name: `Pause ${cohort.programmeName}, ${cohort.cohortName}` })
    .click();
  await expect(page.getByRole('alert')).toContainText('Paused');
  await expect(offers).toContainText('Paused');
  await expectNoAxeViolations(page);
  await offers
    .getByRole('button', { name: `Resume ${cohort.programmeName}, ${cohort.cohortName}` })
    .click();
  await expect(page.getByRole('alert')).toContainText('Resumed');
  await expect(offers).toContainText('Available');
  await shot(page, 'offers');
}

/** The lead sees eligibility yes/no, runs matching, reviews and approves. */
async function leadMatchesAndApproves(
  page: Page,
  cohort: Cohort,
  mentee: NewPerson,
  mentor: NewPerson,
) {
  const menteeName = `${mentee.givenName} ${mentee.familyName}`;
  const mentorName = `${mentor.givenName} ${mentor.familyName}`;
  await page.goto(cohort.path);
  await expectPage(page, endingWith(cohort.cohortName));
  const applications = page.getByRole('table', { name: /^Applications/ });
  await expect(applications.getByRole('row', { name: new RegExp(menteeName) })).toContainText(
    'Yes',
  );
  await expect(page.getByRole('table', { name: /^Mentors/ })).toContainText(mentorName);
  await shot(page, 'cohort');

  await page.getByRole('button', { name: 'Matching', exact: true }).click();
  await expectPage(page, endingWith('Matching'));
  await expect(page.getByText('Matching has not been run for this cohort yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Run matching', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Matching run: 1 of 1 mentee matched');
  const pair = page
    .getByRole('table', { name: 'Pairs' })
    .getByRole('row', { name: new RegExp(menteeName) });
  await expect(pair).toContainText(mentorName);
  await expect(pair).toContainText('Suggested');
  await expect(pair.locator('li').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'matching');
  await page.getByRole('button', { name: 'Approve all 1 suggested pair' }).click();
  await expect(page.getByRole('alert')).toContainText('1 pair approved');
  await expect(pair).toContainText('Proposed');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Fairness of matching' }).click();
  await expectPage(page, endingWith('Fairness of matching'));
  await expect(page.getByRole('table')).toContainText('[c]');
  await shot(page, 'fairness');
}

async function mentorAccepts(page: Page, mentee: NewPerson): Promise<void> {
  await goToMentoring(page);
  await page.getByRole('link', { name: 'You have 1 mentee proposal to answer' }).click();
  await expectPage(page, 'Mentees proposed to you');
  const menteeName = `${mentee.givenName} ${mentee.familyName}`;
  await expect(page.getByText('Understand how promotion boards work')).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(/socio-economic|routine/i);
  await shot(page, 'proposals');
  await page.getByRole('button', { name: `Accept ${menteeName}` }).click();
  await expect(page.getByRole('alert')).toContainText(
    `We will tell you when ${menteeName} accepts too`,
  );
  await expectPage(page, 'Mentees proposed to you');
}

async function menteeAccepts(page: Page, mentor: NewPerson): Promise<void> {
  await page.goto('/');
  await expect(
    navigation(page).getByRole('link', { name: /^Notifications \(\d+ unread\)$/ }),
  ).toBeVisible();
  await navigation(page)
    .getByRole('link', { name: /^Notifications/ })
    .click();
  await expectPage(page, 'Notifications');
  await expect(page.getByRole('main')).toContainText('You have been matched with a mentor');
  await shot(page, 'notifications');
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(
    navigation(page).getByRole('link', { name: 'Notifications', exact: true }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'You have been matched with a mentor' }).click();

  await expectPage(page, 'Mentoring');
  const mentorName = `${mentor.givenName} ${mentor.familyName}`;
  await expect(page.getByRole('heading', { name: mentorName })).toBeVisible();
  await page.getByRole('button', { name: `Accept ${mentorName} as your mentor` }).click();
  await expect(page.getByRole('alert')).toContainText('your mentoring relationship has started');
  await expect(page.getByRole('table', { name: 'Your mentoring relationships' })).toContainText(
    'Active',
  );
  await expectNoAxeViolations(page);
  await shot(page, 'mentee-started');
}

async function mentorLogsSessionAndCompletes(page: Page, mentee: NewPerson): Promise<void> {
  const menteeName = `${mentee.givenName} ${mentee.familyName}`;
  await goToMentoring(page);
  await page.getByRole('link', { name: menteeName }).click();
  await expectPage(page, `Mentoring with ${menteeName}`);
  await page.getByRole('button', { name: 'Log a session' }).click();
  await expectPage(page, endingWith('Log a session'));
  await expectErrors(page, 'Log session', [
    'Enter the date of the session',
    'Enter how long the session lasted, in minutes',
    'Select how you met',
  ]);
  await fillDate(page, 'When did you meet?', 0);
  await page.getByLabel('How long did it last, in minutes?').fill('60');
  await page.getByLabel('Video call', { exact: true }).check();
  await page.getByLabel('Hidden rules of the Civil Service', { exact: true }).check();
  await page.getByLabel('Next steps (optional)').fill('Draft a statement of suitability');
  await page.getByLabel('Private note (optional)').fill('Seemed nervous about the board');
  await shot(page, 'log-session');
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(page.getByRole('alert')).toContainText('Session logged');
  await expectPage(page, `Mentoring with ${menteeName}`);
  await expect(page.getByText('Only you can see this')).toBeVisible();
  await expect(page.getByText('Seemed nervous about the board')).toBeVisible();
  await expect(summaryValue(page, 'Sessions logged')).toHaveText('1');
  await shot(page, 'relationship');

  await page.getByRole('link', { name: 'Mark as complete' }).click();
  await expectPage(page, 'Are you sure you want to mark this relationship as complete?');
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByRole('alert')).toContainText('Relationship marked as complete');
  await expectPage(page, `Mentoring with ${menteeName}`);
  await expect(summaryValue(page, 'Status')).toHaveText('Completed');
}

async function menteeAnswersEndSurvey(page: Page, mentor: NewPerson): Promise<void> {
  const mentorName = `${mentor.givenName} ${mentor.familyName}`;
  await goToMentoring(page);
  await page.getByRole('link', { name: mentorName }).click();
  await expectPage(page, `Mentoring with ${mentorName}`);
  await expect(page.getByText('Draft a statement of suitability')).toBeVisible();
  await expect(page.getByText('Only you can see this')).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText('Seemed nervous');

  await goToMentoring(page);
  await page.getByRole('link', { name: 'You have 1 survey to answer' }).click();
  await expectPage(page, 'Surveys');
  await page.getByRole('link', { name: /^End of relationship survey/ }).click();
  await expectPage(page, endingWith('End of relationship survey'));
  await expectErrors(page, 'Send answers', [
    'Select yes if mentoring met your expectations',
    'Select yes if you found the sessions interesting',
    'Select a rating from 1 to 5',
  ]);
  await page
    .getByRole('group', { name: 'Did mentoring meet your expectations?' })
    .getByLabel('Yes')
    .check();
  await page
    .getByRole('group', { name: 'Did you find the sessions interesting?' })
    .getByLabel('Yes')
    .check();
  await page.getByLabel('4', { exact: true }).check();
  await page
    .getByLabel('Is there anything else you would like to tell us? (optional)')
    .fill('It helped.');
  await shot(page, 'survey');
  await page.getByRole('button', { name: 'Send answers' }).click();
  await expect(page.getByRole('alert')).toContainText('Thank you for answering the survey');
  await expectPage(page, 'Surveys');
  await expect(page.getByText('You have no surveys to answer.')).toBeVisible();
}

async function leadSeesActivityAndExports(page: Page, cohort: Cohort): Promise<void> {
  await page.goto(cohort.path);
  await expectPage(page, endingWith(cohort.cohortName));
  const relationships = page.getByRole('table', { name: /^Relationships/ });
  await expect(relationships).toContainText('Completed');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download matches and activity (CSV)' }).click();
  const file = await download;
  expect(file.url()).toMatch(/^blob:/);
  expect(file.suggestedFilename()).toMatch(
    /^pathways-cohort-E2E-[A-Z0-9]+-SPRING-[A-Z0-9]+-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = await readFile(await file.path(), 'utf8');
  expect(csv).toContain('completed');
  expect(csv).not.toMatch(/routine|seb/i);
}

test.describe('mentoring', () => {
  test('a lead sets up a Catapult-style cohort; a mentee applies, is matched with a volunteer, meets and answers the end survey', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(900_000);
    const id = newPerson().staffNumber.slice(4);
    const mentee = newPerson('Sam');
    const mentor = newPerson('Robin');
    const [lead, menteePage, otherPage, mentorPage] = await Promise.all(
      [0, 1, 2, 3].map(() => pageFor(browser, baseURL)),
    );

    const cohort =
      await test.step('the lead creates a programme from the Catapult preset, and a cohort', () =>
        leadCreatesCohort(lead, id));
    await test.step('a new mentee answers the questions, is told they are eligible and applies', () =>
      menteeApplies(menteePage, mentee, cohort));
    await test.step('someone from a professional background is told why they are not eligible', () =>
      professionalIsToldWhyNot(otherPage, cohort));
    await test.step('a new Grade 7 volunteers to mentor', () =>
      mentorVolunteers(mentorPage, mentor, cohort));
    await test.step('the lead runs matching and approves', () =>
      leadMatchesAndApproves(lead, cohort, mentee, mentor));
    await test.step('the mentor accepts', () => mentorAccepts(mentorPage, mentee));
    await test.step('the mentee accepts, and the relationship starts', () =>
      menteeAccepts(menteePage, mentor));
    await test.step('the mentor logs a session and completes the relationship', () =>
      mentorLogsSessionAndCompletes(mentorPage, mentee));
    await test.step('the mentee answers the end survey', () =>
      menteeAnswersEndSurvey(menteePage, mentor));
    await test.step('the lead sees the activity and downloads it', () =>
      leadSeesActivityAndExports(lead, cohort));
  });
});

test.describe('matching review', () => {
  test('a lead approves one suggestion, pairs a mentee by hand, keeps the pair on a re-run and reads the fairness view', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await signInInBrowser(page, DEMO_LEAD.email, DEMO_LEAD.password);
    await expectPage(page, 'Your account');
    // The demo cohort: 12 applicants, 4 mentors with 10 places, matched when seeded.
    await page.goto(DEMO_COHORT_MATCHING);
    await expectPage(page, endingWith('Matching'));
    await expect(summaryValue(page, 'Result')).toHaveText('10 of 12 mentees matched');
    const pairs = page.getByRole('table', { name: 'Pairs' });

    // Ties are broken by ids, which differ on every run: read the pairs off the page.
    const suggested = async () => {
      const button = pairs.getByRole('button', { name: /^Approve / }).first();
      const text = ((await button.textContent()) ?? '').replace(/^Approve\s*/, '');
      const [mentee, mentor] = text.split(' with ');
      return { button, mentee, mentor };
    };
    const first = await suggested();
    await first.button.click();
    await expect(page.getByRole('alert')).toContainText('1 pair approved');
    const approvedRow = pairs.getByRole('row', { name: new RegExp(`${first.mentee}\\b`) });
    await expect(approvedRow).toContainText('Proposed');
    await expectNoAxeViolations(page);

    const other = await suggested();
    const pairByHand = page.getByRole('link', { name: /^Pair by hand / }).first();
    const unmatched = ((await pairByHand.textContent()) ?? '').replace(/^Pair by hand\s*/, '');
    await pairByHand.click();
    await expectPage(page, 'Pair a mentee with a mentor by hand');
    await expect(page.getByLabel(unmatched, { exact: true })).toBeChecked();
    await expectErrors(page, 'Make this pair', ['Select a mentor']);
    // Every place is taken, so the unmatched applicant cannot have this mentor...
    await page.getByLabel(other.mentor, { exact: true }).check();
    await page.getByRole('button', { name: 'Make this pair' }).click();
    await expect(errorSummary(page)).toContainText('This mentor has no free places');
    await expect(page.locator('#mentor-error')).toContainText('This mentor has no free places');
    await expectNoAxeViolations(page);
    await shot(page, 'pair-by-hand-error');

    // ...but their suggested mentee can, locked by hand.
    await page.getByLabel(other.mentee, { exact: true }).check();
    await page.getByRole('button', { name: 'Make this pair' }).click();
    await expect(page.getByRole('alert')).toContainText('Pair made by hand');
    await expectPage(page, endingWith('Matching'));
    const handMade = pairs.getByRole('row', { name: new RegExp(`${other.mentee}\\b`) });
    await expect(handMade).toContainText('Paired by hand');
    await expect(handMade).toContainText(other.mentor);

    await page.getByRole('button', { name: 'Run matching again' }).click();
    await expect(page.getByRole('alert')).toContainText('Matching run:');
    await expect(handMade).toContainText('Paired by hand');
    await expect(approvedRow).toContainText('Proposed');
    await expectNoAxeViolations(page);
    await shot(page, 'matching-demo');

    await page.getByRole('link', { name: 'Fairness of matching' }).click();
    await expectPage(page, endingWith('Fairness of matching'));
    const lower = page.getByRole('row', { name: /^Lower/ });
    await expect(lower).toContainText('12');
    await expect(lower).toContainText('83%');
    await shot(page, 'fairness-demo');
  });
});
