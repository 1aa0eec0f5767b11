import { OutcomeReportService } from '@pathways/api-outcomes';
import { TestApp } from '@pathways/api-testing';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import { seedDemoAccounts, signInAs } from '../support/sessions';
import { waitFor } from '../support/wait-for';

const DASHBOARD = `query Dashboard($input: ProgrammeDashboardInput!) {
  programmeDashboard(input: $input) { participants { sebGroup count { value suppressed } } }
}`;
const LISTENER = `SELECT pid FROM pg_stat_activity WHERE application_name = 'pathways-outcome-changes'`;
const ONE_PARTICIPANT = `SELECT e.id FROM enrolment e JOIN programme p ON p.id = e.programme_id
  WHERE p.code = 'CATAPULT' AND e.role = 'participant' ORDER BY e.id LIMIT 1`;

describe('The programme dashboard is counted once and kept until its data changes', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let lead: string;
  let counted: jest.SpyInstance;

  /** Everyone in the programme, as the dashboard shows it. */
  const participants = async (): Promise<number | null> => {
    const response = await testApp.graphql<{
      programmeDashboard: { participants: { sebGroup: string; count: { value: number | null } }[] };
    }>(DASHBOARD, { input: { programme: 'CATAPULT' } }, lead);
    expect(response.errors).toBeUndefined();
    return response.data?.programmeDashboard.participants.at(-1)?.count.value ?? null;
  };
  const enrolledInSql = async (): Promise<number> => {
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM enrolment e JOIN programme p ON p.id = e.programme_id
       WHERE p.code = 'CATAPULT' AND e.role = 'participant'`,
    );
    return n;
  };
  const listenerConnected = async () => (await dataSource.query(LISTENER)).length === 1;

  beforeAll(async () => {
    testApp = await startApp();
    dataSource = testApp.app.get(DataSource);
    await seedDemoAccounts(testApp);
    lead = await signInAs(testApp, 'programme_lead');
    counted = jest.spyOn(testApp.app.get(OutcomeReportService), 'report');
    // The first read starts the listener; until it listens, nothing is kept.
    await participants();
    await waitFor(listenerConnected, Boolean, 10_000);
  });

  afterAll(async () => {
    counted.mockRestore();
    await testApp.close();
  });

  it('serves the same figures again without counting them again', async () => {
    const first = await participants();
    const times = counted.mock.calls.length;
    expect(await participants()).toBe(first);
    expect(await participants()).toBe(first);
    expect(counted.mock.calls.length).toBe(times);
    expect(first).toBe(await enrolledInSql());
  });

  it('keeps them through a change that was rolled back', async () => {
    const before = await participants();
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(`DELETE FROM enrolment WHERE id = (${ONE_PARTICIPANT})`);
    await runner.rollbackTransaction();
    await runner.release();
    const times = counted.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await participants()).toBe(before);
    expect(counted.mock.calls.length).toBe(times);
  });

  it('counts again once a change from anywhere is committed', async () => {
    const before = (await participants()) as number;
    // Straight into the database, as an import by another process would.
    await dataSource.query(`DELETE FROM enrolment WHERE id = (${ONE_PARTICIPANT})`);
    expect(await waitFor(participants, (now) => now === before - 1, 5_000)).toBe(before - 1);
    expect(await enrolledInSql()).toBe(before - 1);
  });

  it('misses no change made while its listening connection is down, and keeps again once back', async () => {
    const before = (await participants()) as number;
    const [{ pid }] = await dataSource.query(LISTENER);
    await dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
    await dataSource.query(`DELETE FROM enrolment WHERE id = (${ONE_PARTICIPANT})`);
    expect(await waitFor(participants, (now) => now === before - 1, 5_000)).toBe(before - 1);

    await waitFor(
      async () => ((await dataSource.query(LISTENER)) as { pid: number }[])[0]?.pid,
      (now) => now !== undefined && now !== pid,
      10_000,
    );
    await participants();
    const times = counted.mock.calls.length;
    expect(await participants()).toBe(before - 1);
    expect(counted.mock.calls.length).toBe(times);
  });
});
