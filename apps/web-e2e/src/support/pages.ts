import { expect as baseExpect, type Browser, type Locator, type Page } from '@playwright/test';
import { screenshotPath } from './accounts';
import { expectNoAxeViolations } from './expect-accessible';

/** The machine running these may be busy (matching, the alert worker): pages wait on it. */
export const expect = baseExpect.configure({ timeout: 20_000 });

/** Waits for the page's heading, then checks the page with axe. */
export async function expectPage(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await expectNoAxeViolations(page);
}

/** Text for use inside a RegExp, matched literally. */
export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function navigation(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Menu' });
}

export function errorSummary(page: Page): Locator {
  return page.locator('.govuk-error-summary');
}

/** Submits a form, then checks the error summary, its focus and the page with axe. */
export async function expectErrors(page: Page, button: string, messages: string[]): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText(messages);
  await expect(errorSummary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
}

/** Each person gets their own browser context, so their sessions never mix. */
export async function pageFor(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

/** The value beside a key in a GOV.UK summary list. */
export function summaryValue(page: Page, key: string): Locator {
  return page
    .locator('.govuk-summary-list__row', { has: page.getByText(key, { exact: true }) })
    .locator('.govuk-summary-list__value');
}

/** Full-page screenshots into tmp/screenshots, named `<prefix>-<name>.png`. */
export function screenshots(prefix: string): (page: Page, name: string) => Promise<void> {
  return async (page, name) => {
    await page.screenshot({ path: screenshotPath(`${prefix}-${name}`), fullPage: true });
  };
}
