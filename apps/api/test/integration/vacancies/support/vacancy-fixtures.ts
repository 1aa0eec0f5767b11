import { DemoAccountsSeeder } from '@pathways/api-identity';
import { TestApp } from '@pathways/api-testing';
import { JobName, RunningWorker, startWorker, VacanciesDemoSeeder } from '@pathways/api-vacancies';
import { DataSource } from 'typeorm';
import { waitFor } from '../../support/wait-for';
import { CREATE_VACANCY, PUBLISH_VACANCY } from './vacancy-operations';

/** A UK calendar day `days` from today, YYYY-MM-DD. */
export function inDays(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export const vacancyInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Private Secretary to the Minister of State',
  summary: 'Run the minister’s private office.',
  departmentCode: 'MOJ',
  gradeCodes: ['HEO'],
  professionCode: 'policy',
  regionCodes: ['TLI'],
  remote: false,
  workingPattern: 'full_time',
  contractType: 'loan',
  closingDate: inDays(30),
  applyUrl: 'https://jobs.example.gov.uk/apply/42',
  category: 'private_office',
  reservedForTalentScheme: false,
  ...overrides,
});

/** The demo accounts and the vacancies demo data (network, MOJ cap, one open role) only. */
export async function seedVacancyDemo(testApp: TestApp): Promise<void> {
  await testApp.app.get(DemoAccountsSeeder).seedDemo();
  await testApp.app.get(VacanciesDemoSeeder).seedDemo();
}

export async function createVacancy(
  testApp: TestApp,
  cookie: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await testApp.graphql<{ createVacancy: { id: string } }>(
    CREATE_VACANCY,
    { input: vacancyInput(overrides) },
    cookie,
  );
  const id = response.data?.createVacancy.id;
  if (!id) throw new Error(`createVacancy failed: ${JSON.stringify(response)}`);
  return id;
}

export async function publishVacancy(testApp: TestApp, cookie: string, id: string): Promise<void> {
  const response = await testApp.graphql(PUBLISH_VACANCY, { input: { vacancyId: id } }, cookie);
  if (response.errors) throw new Error(`publishVacancy failed: ${JSON.stringify(response)}`);
}

export interface BulkPeople {
  prefix: string;
  count: number;
  gradeCode?: string;
  /** An alert rule for each: these grades, instant, in-app and e-mail. */
  ruleGrades?: string[] | null;
}

/** Many people at once, straight into the tables, each with an instant in-app + e-mail rule. */
export async function insertPeople(testApp: TestApp, people: BulkPeople): Promise<string[]> {
  const dataSource = testApp.app.get(DataSource);
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO person (staff_number, given_name, family_name, email, department_code, grade_code)
     SELECT $1 || i, 'Bulk', 'Person ' || i, lower($1) || i || '@example.gov.uk', 'DWP', $3
     FROM generate_series(1, $2) AS i
     RETURNING id`,
    [people.prefix, people.count, people.gradeCode ?? 'HEO'],
  );
  const ids = rows.map((row) => row.id);
  if (people.ruleGrades !== null)
    await dataSource.query(
      `INSERT INTO alert_rule (person_id, grade_codes, delivery, in_app, email)
       SELECT id, $2, 'instant', true, true FROM unnest($1::uuid[]) AS id`,
      [ids, people.ruleGrades ?? ['HEO']],
    );
  return ids;
}

export interface DeliveryCounts {
  inApp: number;
  email: number;
  pending: number;
  outbox: number;
}

/** Sent alerts per channel for a vacancy, what is still pending, and its outbox e-mails. */
export async function deliveryCounts(testApp: TestApp, vacancyId: string): Promise<DeliveryCounts> {
  const [row]: DeliveryCounts[] = await testApp.app.get(DataSource).query(
    `SELECT count(*) FILTER (WHERE channel = 'in_app' AND status = 'sent')::int AS "inApp",
            count(*) FILTER (WHERE channel = 'email' AND status = 'sent')::int AS email,
            count(*) FILTER (WHERE status IN ('pending', 'sending'))::int AS pending,
            (SELECT count(*)::int FROM mail_outbox o
             WHERE o.reference IN (SELECT 'alert:' || id FROM alert WHERE vacancy_id = $1)) AS outbox
     FROM alert WHERE vacancy_id = $1`,
    [vacancyId],
  );
  return row;
}

/** The worker in this process; its failures (retried) are printed, as they point at bugs. */
export const startTestWorker = (testApp: TestApp): Promise<RunningWorker> =>
  startWorker(testApp.app, {
    log: (line) => line.includes('failed') && process.stderr.write(`${line}\n`),
  });

/** Puts a job straight on a pg-boss queue, as a retry or the weekly schedule would. */
export async function enqueueJob(testApp: TestApp, name: JobName, data: object): Promise<void> {
  await testApp.app
    .get(DataSource)
    .query(`INSERT INTO pgboss.job (name, data) VALUES ($1, $2)`, [name, data]);
}

/** Waits until no vacancy job is queued or running. */
export async function jobsSettled(testApp: TestApp, timeoutMs = 30_000): Promise<void> {
  await waitFor(
    () =>
      testApp.app.get(DataSource).query(
        `SELECT count(*)::int AS n FROM pgboss.job
         WHERE name LIKE 'vacancy-%' AND state IN ('created', 'retry', 'active')`,
      ),
    (rows: { n: number }[]) => rows[0].n === 0,
    timeoutMs,
  );
}
