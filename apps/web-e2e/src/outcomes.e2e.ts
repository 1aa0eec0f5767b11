import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { newPerson, screenshotPath, signInInBrowser } from './support/accounts';
import { CHROMIUM_MISSING, chromiumInstalled } from './support/chromium';
import { expectNoAxeViolations } from './support/expect-accessible';

test.skip(!chromiumInstalled(), CHROMIUM_MISSING);

// The machine running these may be busy, and the reports aggregate thousands of demo people.
const expect = baseExpect.configure({ timeout: 30_000 });

const PASSWORD = 'pathways-demo-password';
const DEMO = {
  lead: 'programme.lead@demo.pathways.gov.uk',
  analyst: 'analyst@demo.pathways.gov.uk',
  admin: 'admin@demo.pathways.gov.uk',
  participant: 'participant@demo.pathways.gov.uk',
};
/** The demo participant's name, as the lead sees it next to what they reported. */
const PARTICIPANT_NAME = 'Priya Participant';
const PARTICIPANT_STAFF_NUMBER = 'DEMO0001';

/** The report's columns and group order (contracts.md, Outcome report). */
const CSV_COLUMNS = [
  'seb_group',
  'suppressed',
  'participants',
  'mature',
  'progressed',
  'rate',
  'ci_low',
  'ci_high',
  'comparison_mature',
  'comparison_progressed',
  'comparison_rate',
  'p_value',
  'met_expectations',
  'sessions_interesting',
];
const GROUP_LABELS: Record<string, string> = {
  professional: 'Higher (professional)',
  intermediate: 'Intermediate',
  lower: 'Lower',
  unknown: 'Not classifiable or not declared',
  all: 'All participants',
};

async function expectPage(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await expectNoAxeViolations(page);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(`outcomes-${name}`), fullPage: true });
}

function navigation(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Menu' });
}

/** Every body row of a table as the text of its cells, header cell first. */
async function rowsOf(table: Locator): Promise<string[][]> {
  await expect(table.locator('tbody tr').first()).toBeVisible();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('th, td'), (cell) => (cell.textContent ?? '').trim()),
      ),
    );
}

/** "33.6%" → 0.336. */
function percent(text: string): number {
  const match = /^(\d+(?:\.\d+)?)%/.exec(text);
  if (!match) throw new Error(`not a percentage: ${text}`);
  return Number(match[1]) / 100;
}

const pct = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;
const count = (text: string) => Number(text.replace(/,/g, ''));

/** The report's CSV has no quoted fields: groups, booleans and numbers only. */
function csvRecords(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
  expect(header).toEqual(CSV_COLUMNS);
  return lines.map((line) => Object.fromEntries(header.map((column, i) => [column, line[i]])));
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await started;
  expect(file.url()).toMatch(/^blob:/);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

async function leadOpensReport(page: Page): Promise<void> {
  await signInInBrowser(page, DEMO.lead, PASSWORD);
  await navigation(page).getByRole('link', { name: 'Outcomes' }).click();
  await expectPage(page, 'Outcomes');
  await page.getByRole('link', { name: 'Outcome report for Catapult (demo)' }).click();
  await expect(page).toHaveURL(/\/outcomes\/CATAPULT$/);
  await expectPage(page, 'Outcome report');
}

function progressionTable(page: Page): Locator {
  return page.getByRole('table', { name: /^Progression within 12 months by socio-economic/ });
}

function surveyTable(page: Page): Locator {
  return page.getByRole('table', { name: 'End-of-programme survey by socio-economic background' });
}

/** About a third progressed, against fewer in the comparison group, each inside sensible bounds. */
async function expectCaseStudyFigures(page: Page): Promise<void> {
  const rows = await rowsOf(progressionTable(page));
  expect(rows.map((row) => row[0])).toEqual(Object.values(GROUP_LABELS));
  const all = rows[4];
  const [, participants, mature, progressed, rate, interval, comparison] = all;
  expect(count(mature)).toBeGreaterThan(100);
  expect(count(mature)).toBeLessThanOrEqual(count(participants));
  expect(count(progressed) / count(mature)).toBeCloseTo(percent(rate), 3);
  expect(percent(rate)).toBeGreaterThan(0.25);
  expect(percent(rate)).toBeLessThan(0.45);
  const [low, high] = interval.split(' to ').map(percent);
  expect(low).toBeLessThan(percent(rate));
  expect(high).toBeGreaterThan(percent(rate));
  expect(percent(comparison)).toBeLessThan(low);
  expect(comparison).toMatch(/^\d+\.\d% \([\d,]+ of [\d,]+\)$/);
  // Small groups are withheld, every cell of them.
  const withheld = rows.filter((row) => row.slice(1).every((cell) => cell === '[c]'));
  expect(withheld.length).toBeGreaterThan(0);

  const survey = await rowsOf(surveyTable(page));
  const [, , met, interesting] = survey[4];
  expect(percent(met)).toBeGreaterThan(0.7);
  expect(percent(met)).toBeLessThan(0.9);
  expect(percent(interesting)).toBeGreaterThan(0.8);
  expect(percent(interesting)).toBeLessThan(0.95);
}

/** Each CSV record says what the table rows say, group by group. */
async function expectCsvMatchesTables(page: Page, csv: string): Promise<void> {
  const records = csvRecords(csv);
  const rows = await rowsOf(progressionTable(page));
  const survey = await rowsOf(surveyTable(page));
  expect(records.map((r) => GROUP_LABELS[r['seb_group']])).toEqual(rows.map((row) => row[0]));
  records.forEach((r, i) => {
    const [, participants, mature, progressed, rate, interval, comparison, pValue] = rows[i];
    const [, , met, interesting] = survey[i];
    if (r['suppressed'] === 'true') {
      expect(
        Object.entries(r).filter(([k, v]) => k !== 'seb_group' && k !== 'suppressed' && v),
      ).toEqual([]);
      expect([participants, mature, progressed, rate, interval, comparison, pValue, met]).toEqual(
        Array(8).fill('[c]'),
      );
      return;
    }
    expect(r['suppressed']).toBe('false');
    expect([count(participants), count(mature), count(progressed)]).toEqual([
      Number(r['participants']),
      Number(r['mature']),
      Number(r['progressed']),
    ]);
    expect(rate).toBe(r['rate'] ? pct(Number(r['rate'])) : '–');
    expect(interval).toBe(
      r['ci_low'] ? `${pct(Number(r['ci_low']))} to ${pct(Number(r['ci_high']))}` : '–',
    );
    if (r['comparison_mature'] === '') expect(comparison).toBe('[c]');
    else if (r['comparison_rate'] !== '')
      expect(comparison).toBe(
        `${pct(Number(r['comparison_rate']))} (${Number(r['comparison_progressed']).toLocaleString('en-GB')} of ${Number(r['comparison_mature']).toLocaleString('en-GB')})`,
      );
    const p = r['p_value'] === '' ? null : Number(r['p_value']);
    if (p !== null) expect(pValue).toBe(p < 0.001 ? '<\u00a00.001' : p.toFixed(3));
    expect(met).toBe(r['met_expectations'] ? pct(Number(r['met_expectations'])) : '–');
    expect(interesting).toBe(
      r['sessions_interesting'] ? pct(Number(r['sessions_interesting'])) : '–',
    );
  });
}

test.describe('outcomes', () => {
  test('a programme lead reads the Catapult outcome report: figures, interval, comparison, chart and a CSV that matches', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await test.step('the lead finds the report from the menu', () => leadOpensReport(page));

    await test.step('the figures resemble the case study, with intervals and a comparison', async () => {
      await expect(page.getByRole('group', { name: 'Report as of' })).toBeVisible();
      await expectCaseStudyFigures(page);
      await expect(
        page.getByText(/of participants who answered said the programme met/),
      ).toBeVisible();
      // Named by its title and its description, which reads out every bar.
      const chart = page.getByRole('img', {
        name: /^Progression within 12 months.*Lower: participants \d+\.\d% \(95% interval .*comparison group \d+\.\d%/,
      });
      await expect(chart).toBeVisible();
      await expect(page.getByRole('heading', { name: 'The comparison group' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'The 95% interval' })).toBeVisible();
      await expect(page.getByText(/A group with 1 to 9 people 12 months into/)).toBeVisible();
      await shot(page, 'report');
    });

    await test.step('the CSV download holds the same figures as the page', async () => {
      const file = await download(page, 'Download this report (CSV)');
      expect(file.name).toMatch(/^pathways-outcomes-CATAPULT-\d{4}-\d{2}-\d{2}\.csv$/);
      await expectCsvMatchesTables(page, file.text);
    });

    await test.step('an impossible date is refused; an early one has nobody mature yet', async () => {
      const asOf = page.getByRole('group', { name: 'Report as of' });
      await asOf.getByLabel('Day').fill('31');
      await asOf.getByLabel('Month').fill('2');
      await asOf.getByLabel('Year').fill('2025');
      await page.getByRole('button', { name: 'Show report' }).click();
      const summary = page.locator('.govuk-error-summary');
      await expect(summary.getByRole('link')).toHaveText(['The report date must be a real date']);
      await expect(summary).toBeFocused();
      await expect(page).toHaveTitle(/^Error: /);
      await expectNoAxeViolations(page);
      await asOf.getByLabel('Day').fill('1');
      await asOf.getByLabel('Month').fill('1');
      await page.getByRole('button', { name: 'Show report' }).click();
      await expect(page).toHaveURL(/\/outcomes\/CATAPULT\?asOf=2025-01-01$/);
      await expect(progressionTable(page)).toHaveAccessibleName(/as of 1 January 2025$/);
      const all = (await rowsOf(progressionTable(page)))[4];
      expect(all.slice(2, 6)).toEqual(['0', '0', '–', '–']);
      await expectNoAxeViolations(page);
    });

    await test.step('the dashboard shows the programme by group, small groups withheld', async () => {
      await page.getByRole('link', { name: 'Outcomes', exact: true }).first().click();
      await expectPage(page, 'Outcomes');
      await page.getByRole('link', { name: 'Dashboard for Catapult (demo)' }).click();
      await expectPage(page, 'Programme dashboard');
      const activity = page.getByRole('table', { name: 'Participants and activity' });
      const rows = await rowsOf(activity);
      expect(rows.some((row) => row.includes('[c]'))).toBe(true);
      expect(count(rows[rows.length - 1][1])).toBeGreaterThan(100);
      await expect(page.getByRole('table', { name: /End-of-programme survey/ })).toContainText(
        /\d+ of \d+ \(\d+\.\d%\)/,
      );
      await shot(page, 'dashboard');
    });
  });

  test('a participant reports a career step, which counts once the lead confirms it; the lead records one', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    const participant = await (await browser.newContext({ baseURL })).newPage();
    const lead = await (await browser.newContext({ baseURL })).newPage();
    const year = String(new Date().getUTCFullYear() - 1);

    await test.step('the participant reports training they completed', async () => {
      await signInInBrowser(participant, DEMO.participant, PASSWORD);
      await participant.goto('/account/career');
      await expectPage(participant, 'Your career steps');
      await participant.getByRole('button', { name: 'Tell us about a career step' }).click();
      await expectPage(participant, 'Tell us about a career step');
      await participant.getByRole('button', { name: 'Send to your programme lead' }).click();
      await expect(participant.locator('.govuk-error-summary').getByRole('link')).toHaveText([
        'Select what happened',
        'Enter the date it happened',
      ]);
      await expectNoAxeViolations(participant);
      await participant.getByLabel('Training completed').check();
      const date = participant.getByRole('group', { name: 'When did it happen?' });
      await date.getByLabel('Day').fill('14');
      await date.getByLabel('Month').fill('3');
      await date.getByLabel('Year').fill(year);
      await participant.getByRole('button', { name: 'Send to your programme lead' }).click();
      await expectPage(participant, 'Your career steps');
      await expect(participant.getByRole('alert')).toContainText(
        'once your programme lead confirms',
      );
      const row = participant.getByRole('row', {
        name: new RegExp(`Training completed 14 March ${year}`),
      });
      await expect(row).toContainText('Awaiting confirmation');
      await shot(participant, 'my-career');
    });

    await test.step('the lead confirms it', async () => {
      await signInInBrowser(lead, DEMO.lead, PASSWORD);
      await lead.goto('/outcomes');
      await expectPage(lead, 'Outcomes');
      await lead.getByRole('link', { name: 'Career events for Catapult (demo)' }).click();
      await expectPage(lead, 'Career events');
      const waiting = lead.getByRole('table', { name: 'Waiting for confirmation' });
      await expect(waiting).toContainText(PARTICIPANT_NAME);
      await shot(lead, 'career-events');
      await waiting
        .getByRole('button', { name: `Confirm training completed for ${PARTICIPANT_NAME}` })
        .click();
      await expect(lead.getByRole('alert')).toContainText(
        `Training completed confirmed for ${PARTICIPANT_NAME}`,
      );
      await expect(waiting.getByRole('row', { name: /Training completed/ })).toHaveCount(0);
      await expectNoAxeViolations(lead);
    });

    await test.step('the participant sees it confirmed', async () => {
      await participant.reload();
      await expectPage(participant, 'Your career steps');
      const row = participant.getByRole('row', {
        name: new RegExp(`Training completed 14 March ${year}`),
      });
      await expect(row).toContainText('Confirmed');
    });

    await test.step('the lead records a successful EOI for the participant', async () => {
      await lead.getByRole('button', { name: 'Record a career event' }).click();
      await expectPage(lead, 'Record a career event');
      await lead.getByLabel('Staff number').fill(PARTICIPANT_STAFF_NUMBER);
      await lead.getByLabel('Successful expression of interest (EOI)').check();
      const date = lead.getByRole('group', { name: 'When did it happen?' });
      await date.getByLabel('Day').fill('2');
      await date.getByLabel('Month').fill('6');
      await date.getByLabel('Year').fill(year);
      await lead.getByLabel('Grade before (optional)').selectOption({ label: 'Executive Officer' });
      await shot(lead, 'record-event');
      await lead.getByRole('button', { name: 'Record career event' }).click();
      await expectPage(lead, 'Career events');
      await expect(lead.getByRole('alert')).toContainText(
        `Successful expression of interest (EOI) recorded for staff number ${PARTICIPANT_STAFF_NUMBER}`,
      );
      await participant.reload();
      const row = participant.getByRole('row', { name: /Successful expression of interest/ });
      await expect(row).toContainText('Confirmed');
    });
  });

  test('an analyst reads the workforce dashboard: tables with [c], declaration rates, benchmarks, a chart and CSV', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await signInInBrowser(page, DEMO.analyst, PASSWORD);
    await expect(navigation(page).getByRole('link', { name: 'Outcomes' })).toHaveCount(0);
    await navigation(page).getByRole('link', { name: 'Workforce' }).click();
    await expectPage(page, 'Workforce dashboard');

    const grades = page.getByRole('table', { name: 'Socio-economic background by grade' });
    const rows = await rowsOf(grades);
    expect(rows.map((row) => row[0])).toContain('Executive Officer');
    expect(rows.some((row) => row.includes('[c]'))).toBe(true);
    // A withheld count never has a share beside it.
    expect(rows.flat().some((cell) => /\[c\] \(/.test(cell))).toBe(false);
    const declarations = page.getByText(
      /^Declaration rate: (\d+\.\d%|\[c\]) of people in this table/,
    );
    await expect(declarations).toHaveCount(8);
    for (const name of [
      'department',
      'profession',
      'region',
      'gender',
      'ethnicity',
      'disability',
      'sexual orientation',
    ]) {
      await expect(
        page.getByRole('table', { name: `Socio-economic background by ${name}` }),
      ).toBeVisible();
    }
    const benchmarks = page.getByRole('table', { name: 'National benchmarks and this workforce' });
    await expect(benchmarks).toContainText('Navigating the labyrinth, 2021');
    await expect(benchmarks).toContainText('UK workforce by parental occupation: lower');
    await expect(
      page.getByRole('img', {
        name: /^Share from lower socio-economic backgrounds, by grade .*UK workforce share, 39%/,
      }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: /^Attrition by socio-economic/ })).toBeVisible();
    await expect(page.getByRole('table', { name: /^Temporary promotions by/ })).toBeVisible();
    await expect(
      page.getByRole('table', { name: /^Successful expressions of interest by/ }),
    ).toBeVisible();
    await shot(page, 'workforce');

    const file = await download(page, 'Download the grade table (CSV)');
    expect(file.name).toMatch(/^pathways-workforce-grade-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...records] = file.text
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    expect(header.slice(0, 3)).toEqual(['dimension', 'category', 'label']);
    expect(records.every((record) => record[0] === 'grade')).toBe(true);
    // Row by row, the counts in the file are the counts in the table ([c] where withheld).
    expect(records.map((record) => record.slice(3, 8))).toEqual(
      rows.map((row) =>
        row.slice(1, 6).map((cell) => cell.replace(/ \(.*\)$/, '').replace(/,/g, '')),
      ),
    );
  });

  test('an admin sets a five-year target, sees its progress, changes it and removes it', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const name = `SCS from lower backgrounds ${newPerson().staffNumber.slice(4)}`;
    await signInInBrowser(page, DEMO.admin, PASSWORD);
    await navigation(page).getByRole('link', { name: 'Workforce' }).click();
    await expectPage(page, 'Workforce dashboard');
    await page.getByRole('button', { name: 'Manage targets' }).click();
    await expectPage(page, 'Five-year targets');
    await page.getByRole('button', { name: 'Add target' }).click();
    await expect(page.locator('.govuk-error-summary').getByRole('link')).toHaveText([
      'Enter a name for the target',
      'Select the background the target is about',
      'Enter the target share as a percentage',
      'Enter the year to reach it by',
    ]);
    await expectNoAxeViolations(page);
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Lower', { exact: true }).check();
    await page.getByLabel('Deputy Director').check();
    await page.getByLabel('Director', { exact: true }).check();
    await page.getByLabel('Target share, as a percentage').fill('25');
    await page.getByLabel('Year to reach it by').fill(String(new Date().getUTCFullYear() + 5));
    await page.getByRole('button', { name: 'Add target' }).click();
    await expect(page.getByRole('alert')).toContainText(`Target added: ${name}`);
    await expect(page.getByRole('table', { name: 'Current targets' })).toContainText(name);
    await expectNoAxeViolations(page);
    await shot(page, 'targets');

    await page.getByRole('link', { name: 'Workforce dashboard' }).click();
    await expectPage(page, 'Workforce dashboard');
    const targets = page.getByRole('table', { name: 'Targets and progress' });
    await expect(targets.getByRole('row', { name: new RegExp(name) })).toContainText(
      /Lower, in SCS1, SCS2, every department\s*25\.0%/,
    );

    await page.getByRole('button', { name: 'Manage targets' }).click();
    await expectPage(page, 'Five-year targets');
    await page.getByRole('button', { name: `Change ${name}` }).click();
    await expect(page.getByRole('heading', { name: `Change the target: ${name}` })).toBeFocused();
    await expect(page.getByLabel('Target share, as a percentage')).toHaveValue('25');
    await page.getByLabel('Target share, as a percentage').fill('30');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('alert')).toContainText(`Target changed: ${name}`);
    await expect(
      page
        .getByRole('table', { name: 'Current targets' })
        .getByRole('row', { name: new RegExp(name) }),
    ).toContainText('30.0%');
    await expect(page.getByRole('heading', { name: 'Add a target' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: `Remove ${name}` }).click();
    await expect(page.getByRole('alert')).toContainText(`Target removed: ${name}`);
    await expect(page.getByRole('button', { name: `Remove ${name}` })).toHaveCount(0);
  });

  test('a participant cannot open the lead’s or the analyst’s pages', async ({ page }) => {
    test.setTimeout(180_000);
    await signInInBrowser(page, DEMO.participant, PASSWORD);
    await expect(navigation(page).getByRole('link', { name: 'Outcomes' })).toHaveCount(0);
    await expect(navigation(page).getByRole('link', { name: 'Workforce' })).toHaveCount(0);
    for (const path of ['/outcomes/CATAPULT', '/outcomes/CATAPULT/dashboard', '/workforce']) {
      await page.goto(path);
      await expectPage(page, 'You do not have permission to see this page');
      await expect(page.getByRole('table')).toHaveCount(0);
    }
    await shot(page, 'not-allowed');
  });
});
