jest.mock('serialize-error', () => jest.requireActual('./support/serialize-error-shim'));

import { FakeSmtpServer, TestApp } from '@pathways/api-testing';
import { RunningWorker } from '@pathways/api-vacancies';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import { signInAs } from '../support/sessions';
import {
  createVacancy,
  deliveryCounts,
  enqueueJob,
  insertPeople,
  jobsSettled,
  publishVacancy,
  seedVacancyDemo,
  startTestWorker,
} from './support/vacancy-fixtures';
import { waitFor } from '../support/wait-for';

describe('Alert e-mail through SMTP', () => {
  let smtp: FakeSmtpServer;
  let testApp: TestApp;
  let worker: RunningWorker;
  let lead: string;

  beforeAll(async () => {
    smtp = new FakeSmtpServer();
    const port = await smtp.listen();
    testApp = await startApp({
      mailTransport: 'smtp',
      smtpUrl: `smtp://127.0.0.1:${port}`,
      jobTimeoutSeconds: 2,
    });
    await seedVacancyDemo(testApp);
    lead = await signInAs(testApp, 'network_lead');
    worker = await startTestWorker(testApp);
  });

  afterAll(async () => {
    await worker.stop();
    await testApp.close();
    await smtp.close();
  });

  it('sends each alert e-mail once, with its unsubscribe headers, and none to the outbox', async () => {
    await insertPeople(testApp, { prefix: 'SMTPA', count: 30, ruleGrades: ['SEO'] });
    const vacancyId = await createVacancy(testApp, lead, { gradeCodes: ['SEO'] });
    await publishVacancy(testApp, lead, vacancyId);
    await waitFor(
      () => deliveryCounts(testApp, vacancyId),
      (counts) => counts.email === 30 && counts.inApp === 30,
    );
    await jobsSettled(testApp);
    const recipients = smtp.received.flatMap((mail) => mail.to);
    expect(recipients).toHaveLength(30);
    expect(new Set(recipients).size).toBe(30);
    expect(smtp.received[0].data).toMatch(
      /^List-Unsubscribe:\s+<http:\/\/localhost:3000\/api\/unsubscribe\?token=/m,
    );
    expect(await deliveryCounts(testApp, vacancyId)).toEqual({
      inApp: 30,
      email: 30,
      pending: 0,
      outbox: 0,
    });
  });

  it('retries e-mails the server refused, and delivers each once when it accepts again', async () => {
    smtp.received.length = 0;
    smtp.rejectWith = '451 4.3.0 try again later';
    await insertPeople(testApp, { prefix: 'SMTPB', count: 12, ruleGrades: ['G6'] });
    const vacancyId = await createVacancy(testApp, lead, { gradeCodes: ['G6'] });
    await publishVacancy(testApp, lead, vacancyId);
    const dataSource = testApp.app.get(DataSource);
    await waitFor(
      () =>
        dataSource.query(
          `SELECT count(*)::int AS refused FROM pgboss.job
           WHERE name = 'vacancy-alert-email' AND retry_count > 0`,
        ),
      (rows: { refused: number }[]) => rows[0].refused > 0,
    );
    expect(smtp.received).toEqual([]);
    smtp.rejectWith = null;
    await waitFor(
      () => deliveryCounts(testApp, vacancyId),
      (counts) => counts.email === 12,
    );
    expect(smtp.received.flatMap((mail) => mail.to).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `smtpb${i + 1}@example.gov.uk`).sort(),
    );
    // A refusal is known not to have delivered, so it does not count as a possible send.
    expect(
      await dataSource.query(
        `SELECT status, attempts, count(*)::int AS n FROM alert
         WHERE vacancy_id = $1 AND channel = 'email' GROUP BY status, attempts`,
        [vacancyId],
      ),
    ).toEqual([{ status: 'sent', attempts: 1, n: 12 }]);
  });

  it('resends an e-mail a crashed sender may have sent at most once more, then gives up', async () => {
    const [maybeOnce, maybeTwice] = await insertPeople(testApp, {
      prefix: 'SMTPC',
      count: 2,
      ruleGrades: ['SCS2'],
    });
    const vacancyId = await createVacancy(testApp, lead, { gradeCodes: ['SCS2'] });
    await publishVacancy(testApp, lead, vacancyId);
    await waitFor(
      () => deliveryCounts(testApp, vacancyId),
      (counts) => counts.email === 2,
    );
    await jobsSettled(testApp);
    smtp.received.length = 0;
    // As a worker leaves them when it dies between sending and recording the send.
    const dataSource = testApp.app.get(DataSource);
    const crashed = (personId: string, attempts: number) =>
      dataSource.query(
        `UPDATE alert SET status = 'sending', attempts = $3, claimed_at = now() - interval '1 minute'
         WHERE vacancy_id = $1 AND person_id = $2 AND channel = 'email'`,
        [vacancyId, personId, attempts],
      );
    await crashed(maybeOnce, 1);
    await crashed(maybeTwice, 2);
    await enqueueJob(testApp, 'vacancy-alert-email', { vacancyId, from: null, to: null });
    await enqueueJob(testApp, 'vacancy-alert-sweep', {});
    await jobsSettled(testApp);
    expect(smtp.received.flatMap((mail) => mail.to)).toEqual(['smtpc1@example.gov.uk']);
    const alerts: { personId: string; status: string; attempts: number }[] = await dataSource.query(
      `SELECT person_id AS "personId", status, attempts FROM alert
         WHERE vacancy_id = $1 AND channel = 'email'`,
      [vacancyId],
    );
    expect(alerts).toHaveLength(2);
    expect(alerts).toEqual(
      expect.arrayContaining([
        { personId: maybeOnce, status: 'sent', attempts: 2 },
        { personId: maybeTwice, status: 'failed', attempts: 2 },
      ]),
    );
  });
});
