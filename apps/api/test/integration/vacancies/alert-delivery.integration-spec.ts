jest.mock('serialize-error', () => jest.requireActual('./support/serialize-error-shim'));

import { TestApp } from '@pathways/api-testing';
import { DEMO_NETWORK_ID, RunningWorker } from '@pathways/api-vacancies';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import { signInAs, signUp } from '../support/sessions';
import {
  createVacancy,
  deliveryCounts,
  enqueueJob,
  jobsSettled,
  publishVacancy,
  seedVacancyDemo,
  startTestWorker,
} from './support/vacancy-fixtures';
import { waitFor } from '../support/wait-for';
import {
  BROADCAST_VACANCY,
  JOIN_NETWORK,
  MY_NOTIFICATIONS,
  OUTBOX,
  SAVE_ALERT_RULE,
} from './support/vacancy-operations';

interface Notifications {
  myNotifications: { kind: string; title: string; link: string }[];
  unreadNotificationCount: number;
}

describe('Vacancy alert delivery', () => {
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

  const subscriber = async (rule: Record<string, unknown>) => {
    const person = await signUp(testApp);
    const saved = await testApp.graphql(SAVE_ALERT_RULE, { input: rule }, person.cookie);
    expect(saved.errors).toBeUndefined();
    return person;
  };
  const notifications = (cookie: string) =>
    testApp.graphql<Notifications>(MY_NOTIFICATIONS, {}, cookie).then((r) => r.data);
  const outbox = (cookie: string) =>
    testApp
      .graphql<{
        outbox: {
          total: number;
          items: {
            to: string;
            subject: string;
            text: string;
            headers: { name: string; value: string }[];
          }[];
        };
      }>(OUTBOX, {}, cookie)
      .then((r) => r.data?.outbox);

  describe('publishing', () => {
    it('alerts people whose rules match, in-app and by e-mail, exactly once', async () => {
      const both = await subscriber({ gradeCodes: ['SEO'], inApp: true, email: true });
      const inAppOnly = await subscriber({ keywords: ['Cabinet'], inApp: true, email: false });
      const unmatched = await subscriber({ gradeCodes: ['G6'], inApp: true, email: true });
      const noRule = await signUp(testApp);
      const vacancyId = await createVacancy(testApp, lead, {
        title: 'Cabinet Office private secretary',
        gradeCodes: ['SEO'],
      });
      await publishVacancy(testApp, lead, vacancyId);

      await waitFor(
        () => deliveryCounts(testApp, vacancyId),
        (counts) => counts.inApp === 2 && counts.email === 1 && counts.pending === 0,
      );
      expect(await deliveryCounts(testApp, vacancyId)).toEqual({
        inApp: 2,
        email: 1,
        pending: 0,
        outbox: 1,
      });
      const expected = {
        kind: 'vacancy.alert',
        title: 'New accelerator role: Cabinet Office private secretary',
        link: `/vacancies/${vacancyId}`,
      };
      expect(await notifications(both.cookie)).toEqual({
        myNotifications: [expected],
        unreadNotificationCount: 1,
      });
      expect(await notifications(inAppOnly.cookie)).toEqual({
        myNotifications: [expected],
        unreadNotificationCount: 1,
      });
      const mail = await outbox(both.cookie);
      expect(mail?.total).toBe(1);
      expect(mail?.items[0]).toMatchObject({
        to: both.details.email,
        subject: 'Accelerator role: Cabinet Office private secretary (Justice)',
        text: expect.stringContaining(`http://localhost:3000/vacancies/${vacancyId}`),
      });
      // Names and dates as the role's page gives them, not the codes the database keeps.
      expect(mail?.items[0].text).toMatch(
        /Cabinet Office private secretary — Justice; Senior Executive Officer; London; closes \d{1,2} [A-Z][a-z]+ \d{4}\n/,
      );
      expect(mail?.items[0].headers).toEqual([
        {
          name: 'List-Unsubscribe',
          value: expect.stringMatching(/^<http:\/\/localhost:3000\/api\/unsubscribe\?token=.+>$/),
        },
        { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
      ]);
      expect(await outbox(inAppOnly.cookie)).toEqual({ total: 0, items: [] });
      for (const nobody of [unmatched, noRule]) {
        expect(await notifications(nobody.cookie)).toEqual({
          myNotifications: [],
          unreadNotificationCount: 0,
        });
        expect(await outbox(nobody.cookie)).toEqual({ total: 0, items: [] });
      }
    });

    it('alerts each person once, even when the fan-out runs again', async () => {
      const person = await subscriber({ gradeCodes: ['G7'], inApp: true, email: true });
      const vacancyId = await createVacancy(testApp, lead, { gradeCodes: ['G7'] });
      await publishVacancy(testApp, lead, vacancyId);
      const again = await testApp.graphql(
        'mutation P($input: VacancyIdInput!) { publishVacancy(input: $input) { id } }',
        { input: { vacancyId } },
        lead,
      );
      expect(again.errors?.[0]).toMatchObject({
        message: 'This vacancy is already open',
        extensions: { code: 'CONFLICT' },
      });
      await waitFor(
        () => deliveryCounts(testApp, vacancyId),
        (counts) => counts.email === 1 && counts.inApp === 1,
      );
      await jobsSettled(testApp);
      // The same fan-out requested again (as a retried job would) finds everyone alerted.
      const [{ id: fanoutId }]: { id: string }[] = await testApp.app.get(DataSource).query(
        `INSERT INTO alert_fanout (vacancy_id, kind, audience, requested_by)
           SELECT $1, 'publish', 'matching', owner_person_id FROM vacancy WHERE id = $1
           RETURNING id`,
        [vacancyId],
      );
      await enqueueJob(testApp, 'vacancy-fanout', { fanoutId });
      await jobsSettled(testApp);
      expect(await deliveryCounts(testApp, vacancyId)).toEqual({
        inApp: 1,
        email: 1,
        pending: 0,
        outbox: 1,
      });
      expect((await notifications(person.cookie))?.unreadNotificationCount).toBe(1);
    });
  });

  describe('broadcasting', () => {
    it('alerts the network members whose rules match, or every member when asked', async () => {
      // Published before anyone here has a rule, so publishing alone alerts none of them.
      const vacancyId = await createVacancy(testApp, lead, { gradeCodes: ['AO'] });
      await publishVacancy(testApp, lead, vacancyId);
      await jobsSettled(testApp);
      const matching = await subscriber({ gradeCodes: ['AO'], inApp: true, email: true });
      const otherRule = await subscriber({ gradeCodes: ['SCS1'], inApp: true, email: false });
      const noRule = await signUp(testApp);
      const outsider = await subscriber({ gradeCodes: ['AO'], inApp: true, email: false });
      for (const member of [matching, otherRule, noRule]) {
        const joined = await testApp.graphql(
          JOIN_NETWORK,
          { input: { networkId: DEMO_NETWORK_ID } },
          member.cookie,
        );
        expect(joined.errors).toBeUndefined();
      }

      const matchingOnly = await testApp.graphql(
        BROADCAST_VACANCY,
        { input: { vacancyId, networkIds: [DEMO_NETWORK_ID], audience: 'matching' } },
        lead,
      );
      expect(matchingOnly.data).toEqual({
        broadcastVacancy: {
          id: expect.any(String),
          vacancyId,
          networkIds: [DEMO_NETWORK_ID],
          audience: 'matching',
        },
      });
      await waitFor(
        () => deliveryCounts(testApp, vacancyId),
        (counts) => counts.inApp === 1 && counts.email === 1,
      );
      expect((await notifications(matching.cookie))?.myNotifications).toEqual([
        {
          kind: 'vacancy.broadcast',
          title: 'Shared with your network: Private Secretary to the Minister of State',
          link: `/vacancies/${vacancyId}`,
        },
      ]);
      for (const person of [otherRule, noRule, outsider])
        expect((await notifications(person.cookie))?.unreadNotificationCount).toBe(0);

      await testApp.graphql(
        BROADCAST_VACANCY,
        { input: { vacancyId, networkIds: [DEMO_NETWORK_ID], audience: 'all' } },
        lead,
      );
      await waitFor(
        () => deliveryCounts(testApp, vacancyId),
        (counts) => counts.inApp === 3 && counts.pending === 0,
      );
      // Every member now has it once in-app; e-mail only for those who asked for e-mails.
      for (const person of [matching, otherRule, noRule])
        expect((await notifications(person.cookie))?.unreadNotificationCount).toBe(1);
      expect((await notifications(outsider.cookie))?.unreadNotificationCount).toBe(0);
      expect(await deliveryCounts(testApp, vacancyId)).toEqual({
        inApp: 3,
        email: 1,
        pending: 0,
        outbox: 1,
      });
    });

    it('refuses a network the caller does not lead', async () => {
      const vacancyId = await createVacancy(testApp, lead);
      await publishVacancy(testApp, lead, vacancyId);
      const admin = await signInAs(testApp, 'admin');
      const created = await testApp.graphql<{ createNetwork: { id: string } }>(
        `mutation C($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
        {
          input: {
            code: 'HO-DISABILITY',
            name: 'Home Office disability network',
            kind: 'disability',
            departmentCodes: ['HO'],
          },
        },
        admin,
      );
      const response = await testApp.graphql(
        BROADCAST_VACANCY,
        { input: { vacancyId, networkIds: [created.data?.createNetwork.id], audience: 'all' } },
        lead,
      );
      expect(response.errors?.[0]).toMatchObject({
        message: 'You do not lead Home Office disability network.',
        extensions: { code: 'FORBIDDEN' },
      });
    });
  });

  describe('weekly digest', () => {
    it('collects the week’s matches into one e-mail and one in-app message per person', async () => {
      const person = await subscriber({
        professionCodes: ['economics'],
        delivery: 'weekly_digest',
        inApp: true,
        email: true,
      });
      const first = await createVacancy(testApp, lead, {
        title: 'Economist, private office',
        professionCode: 'economics',
      });
      const second = await createVacancy(testApp, lead, {
        title: 'Economist to the SCS',
        professionCode: 'economics',
      });
      await publishVacancy(testApp, lead, first);
      await publishVacancy(testApp, lead, second);
      const dataSource = testApp.app.get(DataSource);
      const pendingDigest = () =>
        dataSource.query(
          `SELECT count(*)::int AS n FROM alert WHERE person_id = $1 AND timing = 'digest' AND status = 'pending'`,
          [person.personId],
        );
      await waitFor(pendingDigest, (rows: { n: number }[]) => rows[0].n === 4);
      expect((await notifications(person.cookie))?.unreadNotificationCount).toBe(0);

      await enqueueJob(testApp, 'vacancy-alert-digest', {});
      await waitFor(pendingDigest, (rows: { n: number }[]) => rows[0].n === 0);
      await waitFor(
        () => outbox(person.cookie),
        (page) => page?.total === 1,
      );
      const mail = await outbox(person.cookie);
      expect(mail?.items[0].subject).toBe('2 accelerator roles matching your weekly alert');
      expect(mail?.items[0].text).toContain('Economist, private office');
      expect(mail?.items[0].text).toContain('Economist to the SCS');
      expect(await notifications(person.cookie)).toEqual({
        myNotifications: [
          {
            kind: 'vacancy.digest',
            title: 'New accelerator roles match your weekly alert',
            link: '/vacancies',
          },
        ],
        unreadNotificationCount: 1,
      });
    });
  });
});
