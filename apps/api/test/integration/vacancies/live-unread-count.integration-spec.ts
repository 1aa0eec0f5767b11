jest.mock('serialize-error', () => jest.requireActual('./support/serialize-error-shim'));

import { NotificationsService } from '@pathways/api-notifications';
import { TestApp } from '@pathways/api-testing';
import { RunningWorker } from '@pathways/api-vacancies';
import type { Client } from 'graphql-ws';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { startApp } from '../support/app';
import { signInAs, signUp } from '../support/sessions';
import { collect, liveClient } from './support/live-client';
import {
  createVacancy,
  publishVacancy,
  seedVacancyDemo,
  startTestWorker,
} from './support/vacancy-fixtures';
import { waitFor } from '../support/wait-for';
import { SAVE_ALERT_RULE } from './support/vacancy-operations';

const SUBSCRIPTION = 'subscription { unreadNotificationCountChanged }';
type Count = { unreadNotificationCountChanged: number };

describe('Live unread notification count', () => {
  let testApp: TestApp;
  let worker: RunningWorker;
  let url: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    testApp = await startApp();
    await seedVacancyDemo(testApp);
    await new Promise<void>((resolve) => testApp.server.listen(0, '127.0.0.1', resolve));
    url = `ws://127.0.0.1:${(testApp.server.address() as AddressInfo).port}/graphql`;
    worker = await startTestWorker(testApp);
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await worker.stop();
    await testApp.close();
  });

  const connect = (cookie: string | null) => {
    const client = liveClient(url, cookie);
    clients.push(client);
    return client;
  };

  it('pushes the new count when an alert arrives, to its recipient only', async () => {
    const member = await signUp(testApp);
    await testApp.graphql(
      SAVE_ALERT_RULE,
      { input: { keywords: ['ministers'], inApp: true, email: false } },
      member.cookie,
    );
    const bystander = await signUp(testApp);
    const mine = collect<Count>(connect(member.cookie), SUBSCRIPTION);
    const theirs = collect<Count>(connect(bystander.cookie), SUBSCRIPTION);
    await waitFor(
      async () => [mine.values.length, theirs.values.length],
      ([a, b]) => a === 1 && b === 1,
    );
    expect(mine.values).toEqual([{ unreadNotificationCountChanged: 0 }]);

    const lead = await signInAs(testApp, 'network_lead');
    const vacancyId = await createVacancy(testApp, lead, { title: 'Adviser close to ministers' });
    await publishVacancy(testApp, lead, vacancyId);

    await waitFor(
      async () => mine.values.length,
      (length) => length === 2,
    );
    expect(mine.values).toEqual([
      { unreadNotificationCountChanged: 0 },
      { unreadNotificationCountChanged: 1 },
    ]);
    expect(mine.error).toBeNull();

    const [{ id }] = (
      await testApp.graphql<{ myNotifications: { id: string }[] }>(
        '{ myNotifications { id } }',
        {},
        member.cookie,
      )
    ).data?.myNotifications ?? [{ id: '' }];
    await testApp.graphql(
      'mutation R($input: MarkNotificationReadInput!) { markNotificationRead(input: $input) { id } }',
      { input: { id } },
      member.cookie,
    );
    await waitFor(
      async () => mine.values.length,
      (length) => length === 3,
    );
    expect(mine.values[2]).toEqual({ unreadNotificationCountChanged: 0 });
    expect(theirs.values).toEqual([{ unreadNotificationCountChanged: 0 }]);
  });

  it('catches up on what changed while its listening connection to the database was lost', async () => {
    const person = await signUp(testApp);
    const live = collect<Count>(connect(person.cookie), SUBSCRIPTION);
    await waitFor(
      async () => live.values.length,
      (length) => length === 1,
    );
    const dataSource = testApp.app.get(DataSource);
    const listener = `SELECT pid FROM pg_stat_activity WHERE application_name = 'pathways-live'`;
    const [{ pid }] = await dataSource.query(listener);
    await dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
    await testApp.app.get(NotificationsService).notify([person.personId], {
      kind: 'test.reconnect',
      title: 'Sent while the listener was down',
      body: '',
      link: '/notifications',
    });
    await waitFor(
      async () => live.values.at(-1),
      (last) => last?.unreadNotificationCountChanged === 1,
      15_000,
    );
    const [again] = await dataSource.query(listener);
    expect(again?.pid).not.toBe(pid);
    expect(live.error).toBeNull();
  });

  it('refuses a socket without a session', async () => {
    const anonymous = collect<Count>(connect(null), SUBSCRIPTION);
    await waitFor(
      async () => anonymous.done,
      (done) => done,
    );
    expect(anonymous.values).toEqual([]);
    expect(anonymous.error).toMatchObject({ code: 4403 });
  });

  it('refuses a socket opened from another site', async () => {
    const person = await signUp(testApp);
    const socket = new WebSocket(url, 'graphql-transport-ws', {
      headers: { cookie: person.cookie, origin: 'https://evil.example.com' },
    });
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    expect(await closed).toBe(4403);
  });
});
