import { QUESTIONS } from '@pathways/domain-seb';
import { expect, test, type Page } from '@playwright/test';
import { expectPage, newPerson, screenshotPath, signUpInBrowser } from './support/accounts';
import { CHROMIUM_MISSING, chromiumInstalled } from './support/chromium';
import { expectNoAxeViolations } from './support/expect-accessible';
import { escape, summaryValue } from './support/pages';

test.skip(!chromiumInstalled(), CHROMIUM_MISSING);

/** Chooses an answer by its exact wording on a question page, then continues. */
async function answer(page: Page, title: string, label: string): Promise<void> {
  await expectPage(page, new RegExp(`${escape(title)}$`));
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

test.describe('questions about background', () => {
  test('a new participant answers, checks, changes, sends, sees and withdraws their answers', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signUpInBrowser(page, newPerson('Alex'));

    await expectPage(page, 'Questions about your background');
    await expect(page.getByText('Only you can see your answers.')).toBeVisible();
    await page.screenshot({ path: screenshotPath('questions-start'), fullPage: true });
    await page.getByRole('button', { name: 'Start now' }).click();

    const occupation = QUESTIONS.seb_occupation;
    await expectPage(page, `Your background${occupation.title}`);
    await expect(page.getByRole('link', { name: 'Answer in more detail instead' })).toBeVisible();
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: screenshotPath('question-error'), fullPage: true });
    await summary
      .getByRole('link', {
        name: 'Select the occupation of your main household earner, or that you prefer not to say',
      })
      .click();
    await expect(page.getByLabel(occupation.options[0].label, { exact: true })).toBeFocused();
    await answer(page, occupation.title, 'I prefer not to say');

    await answer(
      page,
      QUESTIONS.seb_school.title,
      'A state-run or state-funded school – non-selective',
    );
    await expect(page.getByText(QUESTIONS.seb_fsm.hint)).toBeVisible();
    await page.screenshot({ path: screenshotPath('question-page'), fullPage: true });
    await answer(page, QUESTIONS.seb_fsm.title, 'Yes');
    await answer(
      page,
      QUESTIONS.seb_parent_degree.title,
      'No, neither of my parents attended university',
    );
    await expect(page.getByText('About you', { exact: true })).toBeVisible();
    await answer(page, QUESTIONS.gender.title, 'Female');
    await answer(page, QUESTIONS.ethnicity.title, 'Mixed or multiple ethnic groups');
    await answer(page, QUESTIONS.disability.title, 'No');
    await answer(page, QUESTIONS.sexual_orientation.title, 'Bisexual');

    await expectPage(page, 'Check your answers before sending them');
    await expect(page).toHaveURL('/questions/check');
    await expect(
      summaryValue(page, 'Occupation of your main household earner at about 14'),
    ).toHaveText('I prefer not to say');
    await expect(summaryValue(page, 'Free school meals')).toHaveText('Yes');
    await expect(summaryValue(page, 'Gender')).toHaveText('Female');
    await page.screenshot({ path: screenshotPath('check-answers'), fullPage: true });

    await page.getByRole('link', { name: 'Change gender' }).click();
    await expect(page).toHaveURL('/questions/gender?change=check');
    await expect(page.getByLabel('Female', { exact: true })).toBeChecked();
    await expect(page.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      '/questions/check',
    );
    await answer(page, QUESTIONS.gender.title, 'Male');
    await expectPage(page, 'Check your answers before sending them');
    await expect(summaryValue(page, 'Gender')).toHaveText('Male');

    await page.getByRole('button', { name: 'Accept and send' }).click();
    await expectPage(page, 'Answers sent');
    await page.getByRole('link', { name: 'See, change or withdraw your answers' }).click();

    await expectPage(page, 'Your answers');
    await expect(summaryValue(page, 'Gender')).toHaveText('Male');
    await expect(summaryValue(page, 'Ethnic group')).toHaveText('Mixed or multiple ethnic groups');
    await expect(summaryValue(page, 'Type of school between 11 and 16')).toHaveText(
      'A state-run or state-funded school – non-selective',
    );
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    await page.getByRole('button', { name: 'Withdraw all your answers' }).click();
    await expectPage(page, 'Are you sure you want to withdraw all your answers?');
    await page.getByRole('button', { name: 'Withdraw all answers' }).click();
    await expect(page.getByRole('alert')).toContainText('Your answers have been withdrawn');
    await expectPage(page, 'Your answers');
    await expect(
      page.getByText('You have not answered the questions about your background.'),
    ).toBeVisible();
  });

  test('the four-part occupation question asks B to E only when the earner was employed', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await signUpInBrowser(page, newPerson('Jo'));
    await page.goto('/questions/seb_occupation');
    await page.getByRole('link', { name: 'Answer in more detail instead' }).click();

    const [a, b, c, d, e] = [
      QUESTIONS.seb_earner_employment,
      QUESTIONS.seb_earner_work_type,
      QUESTIONS.seb_earner_employee_status,
      QUESTIONS.seb_earner_workplace_size,
      QUESTIONS.seb_earner_supervises,
    ];
    await answer(page, a.title, 'Yes, employed or self-employed');
    await answer(page, b.title, 'Technical and craft');
    await answer(page, c.title, 'Employee');
    await answer(page, d.title, 'Small (1 to 24 employees)');
    await answer(page, e.title, 'No');
    await expectPage(page, new RegExp(escape(QUESTIONS.seb_school.title)));
    await expect(page.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      '/questions/seb_earner_supervises',
    );

    await page.goto('/questions/seb_earner_employment');
    await expect(page.getByLabel('Yes, employed or self-employed', { exact: true })).toBeChecked();
    await answer(page, a.title, 'Retired');
    await expectPage(page, new RegExp(escape(QUESTIONS.seb_school.title)));
    await expect(page.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      '/questions/seb_earner_employment',
    );

    await page.goto('/questions/check');
    await expectPage(page, 'Check your answers before sending them');
    await expect(
      summaryValue(page, 'Whether your highest-earning parent or guardian was employed'),
    ).toHaveText('Retired');
    await expect(page.getByText('Kind of work they did')).toHaveCount(0);
  });

  test('sends signed-out visitors to sign in before the questions', async ({ page }) => {
    await page.goto('/questions');
    await expectPage(page, 'Questions about your background');
    await page.getByRole('button', { name: 'Start now' }).click();
    await expect(page).toHaveURL('/sign-in');
    await expectPage(page, 'Sign in');
  });
});
