import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { repoRoot } from './support/app-server';
import { CHROMIUM_MISSING, chromiumInstalled } from './support/chromium';
import { expectNoAxeViolations } from './support/expect-accessible';

test.skip(!chromiumInstalled(), CHROMIUM_MISSING);

/** Console errors include CSP violations, which would otherwise fail silently. */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function expectGovukLayout(page: Page): Promise<void> {
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
    'href',
    '#main-content',
  );
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: 'Pathways', exact: true })).toHaveAttribute(
    'href',
    '/',
  );
  await expect(header.locator('.govuk-phase-banner')).toHaveText(
    'Beta This is a new service. Help us improve it by giving feedback.',
  );
  await expect(page.getByRole('main')).toHaveAttribute('id', 'main-content');
  await expect(page.getByRole('contentinfo')).toContainText(
    'All content is available under the Open Government Licence v3.0, except where otherwise stated',
  );
}

test.describe('home page', () => {
  test('shows the GOV.UK layout and what the API says about the service', async ({
    page,
    request,
  }) => {
    const errors = collectConsoleErrors(page);
    const response = await request.post('/graphql', {
      headers: { 'apollo-require-preflight': 'true' },
      data: { query: '{ serviceInfo { version } }' },
    });
    const { data } = (await response.json()) as { data: { serviceInfo: { version: string } } };

    await page.goto('/');

    await expect(page).toHaveTitle('Pathways');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pathways');
    await expectGovukLayout(page);
    await expect(page.getByTestId('service-version')).toHaveText(data.serviceInfo.version);
    await expect(page.locator('body')).toHaveClass(/govuk-frontend-supported/);
    expect(await page.evaluate(() => document.fonts.check('bold 19px "GDS Transport"'))).toBe(true);
    await page.screenshot({ path: join(repoRoot, 'tmp/screenshots/home.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  test('moves focus to the main content from the skip link', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('service-version')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('has no accessibility violations', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('service-version')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('an unknown address', () => {
  test('shows Page not found in the GOV.UK layout', async ({ page }) => {
    await page.goto('/no-such-page');

    await expect(page).toHaveTitle('Page not found – Pathways');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expectGovukLayout(page);
    await page.screenshot({
      path: join(repoRoot, 'tmp/screenshots/not-found.png'),
      fullPage: true,
    });
    await page.getByRole('link', { name: 'go to the Pathways home page' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pathways');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('has no accessibility violations', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expectNoAxeViolations(page);
  });
});
