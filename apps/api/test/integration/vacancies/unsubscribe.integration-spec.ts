jest.mock('serialize-error', () => jest.requireActual('./support/serialize-error-shim'));

import { TestApp } from '@pathways/api-testing';
import { RunningWorker } from '@pathways/api-vacancies';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import { signInAs, signUp } from '../support/sessions';
import {
  createVacancy,
  jobsSettled,
  publishVacancy,
  seedVacancyDemo,
  startTestWorker,
} from './support/vacancy-fixtures';
import { OUTBOX, SAVE_ALERT_RULE } from './support/vacancy-operations';

interface OutboxPage {
  outbox: { total: number; items: { headers: { name: string; value: string }[] }[] };
}

describe('Unsubscribe link', () => {
  let testApp: TestApp;
  let worker: RunningWorker;
  let lead: string;

  beforeAll(async () => {
    testApp = await startApp();
    await seedVacancyDemo(testApp);
    lead = await signInAs(testApp, 'network_lead');
    worker = await startTestWorker(testApp);
  });

  afterAll(async () => {
    await worker.stop();
    await testApp.close();
  });

  /** A subscriber, alerted by e-mail once; returns the link path from the e-mail's header. */
  async function alertedSubscriber(grade: string) {
    const person = await signUp(testApp);
    const rule = await testApp.graphql<{ saveAlertRule: { id: string } }>(
      SAVE_ALERT_RULE,
      { input: { gradeCodes: [grade], inApp: true, email: true } },
      person.cookie,
    );
    const vacancyId = await createVacancy(testApp, lead, { gradeCodes: [grade] });
    await publishVacancy(testApp, lead, vacancyId);
    await jobsSettled(testApp);
    const outbox = await testApp.graphql<OutboxPage>(OUTBOX, {}, person.cookie);
    const header = outbox.data?.outbox.items[0]?.headers.find((h) => h.name === 'List-Unsubscribe');
    const url = new URL(header?.value.slice(1, -1) ?? 'http://invalid');
    return { person, ruleId: rule.data?.saveAlertRule.id, path: `${url.pathname}${url.search}` };
  }

  const ruleEmail = (ruleId: string | undefined) =>
    testApp.app
      .get(DataSource)
      .query(`SELECT email, in_app AS "inApp" FROM alert_rule WHERE id = $1`, [ruleId])
      .then((rows: { email: boolean; inApp: boolean }[]) => rows[0]);

  it('asks for confirmation on GET without a session, changing nothing yet', async () => {
    const { path, ruleId } = await alertedSubscriber('AA');
    const response = await request(testApp.server).get(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toContain('Stop vacancy alert e-mails');
    expect(response.text).toContain('<form method="post"');
    expect(await ruleEmail(ruleId)).toEqual({ email: true, inApp: true });
  });

  it('stops the rule’s e-mails on the one-click POST, without a session, idempotently', async () => {
    const { path, ruleId } = await alertedSubscriber('AO');
    for (let click = 0; click < 2; click += 1) {
      const response = await request(testApp.server)
        .post(path)
        .type('form')
        .send('List-Unsubscribe=One-Click');
      expect(response.status).toBe(200);
      expect(response.text).toContain('You have unsubscribed');
    }
    expect(await ruleEmail(ruleId)).toEqual({ email: false, inApp: true });
  });

  it('sends no more e-mails for that rule once unsubscribed', async () => {
    const { person, path } = await alertedSubscriber('EO');
    await request(testApp.server).post(path).type('form').send('List-Unsubscribe=One-Click');
    const next = await createVacancy(testApp, lead, {
      gradeCodes: ['EO'],
      title: 'Second EO role',
    });
    await publishVacancy(testApp, lead, next);
    await jobsSettled(testApp);
    const outbox = await testApp.graphql<OutboxPage>(OUTBOX, {}, person.cookie);
    expect(outbox.data?.outbox.total).toBe(1);
  });

  it.each([
    ['a tampered signature', (token: string) => `${token.slice(0, -2)}xx`],
    [
      'another person’s id',
      (token: string) => `00000000-0000-4000-8000-000000000000${token.slice(36)}`,
    ],
    ['a missing token', () => ''],
    ['rubbish', () => 'not-a-token'],
  ])('refuses %s with a clear page and 400, changing nothing', async (_case, tamper) => {
    const { path, ruleId } = await alertedSubscriber('SEO');
    const token = new URLSearchParams(path.split('?')[1]).get('token') ?? '';
    const bad = `/api/unsubscribe?token=${encodeURIComponent(tamper(token))}`;
    const get = await request(testApp.server).get(bad);
    const post = await request(testApp.server)
      .post(bad)
      .type('form')
      .send('List-Unsubscribe=One-Click');
    for (const response of [get, post]) {
      expect(response.status).toBe(400);
      expect(response.text).toContain('This unsubscribe link does not work');
    }
    expect(await ruleEmail(ruleId)).toEqual({ email: true, inApp: true });
  });
});
