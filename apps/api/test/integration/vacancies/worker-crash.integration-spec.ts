jest.mock('serialize-error', () => jest.requireActual('./support/serialize-error-shim'));

import { TestApp } from '@pathways/api-testing';
import { RunningWorker } from '@pathways/api-vacancies';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import { signInAs } from '../support/sessions';
import {
  createVacancy,
  deliveryCounts,
  insertPeople,
  publishVacancy,
  seedVacancyDemo,
  startTestWorker,
} from './support/vacancy-fixtures';
import { waitFor } from '../support/wait-for';

const SUBSCRIBERS = 4000;
const JOB_TIMEOUT_SECONDS = 3;
const ROOT = join(__dirname, '../../../../..');

/** `npm run worker` against the test's database, as its own process. */
function spawnWorker(databaseUrl: string): ChildProcess {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'tools/scripts/run-ts.mjs'), 'apps/api/src/worker.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_URL: databaseUrl,
        JOB_TIMEOUT_SECONDS: String(JOB_TIMEOUT_SECONDS),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    if (/failed|Error/.test(text)) process.stderr.write(`[child worker] ${text}`);
  });
  return child;
}

describe('Alert worker crash', () => {
  let testApp: TestApp;
  let worker: RunningWorker | null = null;
  let child: ChildProcess | null = null;

  beforeAll(async () => {
    testApp = await startApp({ jobTimeoutSeconds: JOB_TIMEOUT_SECONDS });
    await seedVacancyDemo(testApp);
  });

  afterAll(async () => {
    child?.kill('SIGKILL');
    await worker?.stop();
    await testApp.close();
  });

  it('delivers every alert exactly once after the worker is killed mid-fan-out', async () => {
    const people = await insertPeople(testApp, { prefix: 'CRASH', count: SUBSCRIBERS });
    const lead = await signInAs(testApp, 'network_lead');
    const vacancyId = await createVacancy(testApp, lead);
    await publishVacancy(testApp, lead, vacancyId);

    child = spawnWorker(testApp.databaseUrl);
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    const atKill = await waitFor(
      () => deliveryCounts(testApp, vacancyId),
      (counts) => counts.inApp + counts.email > 0,
      60_000,
    );
    child.kill('SIGKILL');
    await exited;
    const afterKill = await deliveryCounts(testApp, vacancyId);
    const [{ active }]: { active: number }[] = await testApp.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS active FROM pgboss.job WHERE state = 'active'`);
    // Killed part-way, in the middle of jobs: some alerts went out, but not all of them.
    expect(active).toBeGreaterThan(0);
    expect(afterKill.inApp + afterKill.email).toBeGreaterThanOrEqual(atKill.inApp + atKill.email);
    expect(afterKill.inApp + afterKill.email).toBeLessThan(2 * SUBSCRIBERS);

    // A new worker takes over the killed one's jobs once they time out.
    worker = await startTestWorker(testApp);
    await waitFor(
      () => deliveryCounts(testApp, vacancyId),
      (counts) => counts.inApp === SUBSCRIBERS && counts.email === SUBSCRIBERS,
      90_000,
    );

    const dataSource = testApp.app.get(DataSource);
    expect(await deliveryCounts(testApp, vacancyId)).toEqual({
      inApp: SUBSCRIBERS,
      email: SUBSCRIBERS,
      pending: 0,
      outbox: SUBSCRIBERS,
    });
    const [perPerson]: { people: number; duplicates: number }[] = await dataSource.query(
      `SELECT count(DISTINCT person_id)::int AS people,
              (SELECT count(*)::int FROM (
                 SELECT 1 FROM alert WHERE vacancy_id = $1
                 GROUP BY vacancy_id, person_id, channel HAVING count(*) > 1) d) AS duplicates
       FROM alert WHERE vacancy_id = $1`,
      [vacancyId],
    );
    expect(perPerson).toEqual({ people: SUBSCRIBERS, duplicates: 0 });
    const [outbox]: { messages: number; people: number }[] = await dataSource.query(
      `SELECT count(*)::int AS messages, count(DISTINCT person_id)::int AS people
       FROM mail_outbox WHERE person_id = ANY ($1::uuid[])`,
      [people],
    );
    expect(outbox).toEqual({ messages: SUBSCRIBERS, people: SUBSCRIBERS });
    const [inApp]: { messages: number; people: number }[] = await dataSource.query(
      `SELECT count(*)::int AS messages, count(DISTINCT person_id)::int AS people
       FROM notification WHERE person_id = ANY ($1::uuid[]) AND kind = 'vacancy.alert'`,
      [people],
    );
    expect(inApp).toEqual({ messages: SUBSCRIBERS, people: SUBSCRIBERS });
  }, 180_000);
});
