import { RoleGrantEntity } from '@pathways/api-identity';
import { OutcomeReportService } from '@pathways/api-outcomes';
import { TestApp } from '@pathways/api-testing';
import { outcomeReportToCsv } from '@pathways/domain-stats';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import { demoAccount, seedDemoAccounts, signIn, signInAs, signUp } from '../support/sessions';

const REPORT = `query Report($input: OutcomeReportInput!) {
  outcomeReport(input: $input) {
    programme asOf
    groups { sebGroup suppressed participants mature progressed rate ciLow ciHigh
             comparisonMature comparisonProgressed comparisonRate pValue
             metExpectations sessionsInteresting }
  }
}`;
const REPORT_CSV = `query Report($input: OutcomeReportInput!) { outcomeReport(input: $input) { asOf csv } }`;
const COUNT = 'value suppressed';
const SHARE = `sebGroup count { ${COUNT} } total { ${COUNT} } share`;
const DASHBOARD = `query Dashboard($input: ProgrammeDashboardInput!) {
  programmeDashboard(input: $input) {
    programme asOf
    participants { sebGroup count { ${COUNT} } }
    activeRelationships { sebGroup count { ${COUNT} } }
    sessionsLogged { sebGroup count { ${COUNT} } }
    metExpectations { ${SHARE} }
    sessionsInteresting { ${SHARE} }
    progression { sebGroup suppressed mature progressed rate }
  }
}`;
const ROW = `key label professional { ${COUNT} } intermediate { ${COUNT} } lower { ${COUNT} }
  unknown { ${COUNT} } total { ${COUNT} } professionalShare intermediateShare lowerShare declarationRate`;
const TABLE = `dimension rows { ${ROW} } total { ${ROW} }`;
const WORKFORCE = `{
  workforceDashboard {
    asOf departments overall { ${ROW} }
    byGrade { ${TABLE} } byDepartment { ${TABLE} } byProfession { ${TABLE} } byRegion { ${TABLE} }
    byGender { ${TABLE} } byEthnicity { ${TABLE} } byDisability { ${TABLE} }
    bySexualOrientation { ${TABLE} }
    benchmarks { key value sebGroup }
    attrition { ${SHARE} } temporaryPromotions { ${SHARE} } eoiSuccesses { ${SHARE} }
    targets { name sebGroup grades targetShare targetYear currentShare }
  }
}`;
const EVENT = 'id personName type effectiveDate source confirmed';

interface Count {
  value: number | null;
  suppressed: boolean;
}
interface ReportGroup {
  sebGroup: string;
  suppressed: boolean;
  mature: number | null;
  progressed: number | null;
  rate: number | null;
  comparisonRate: number | null;
  metExpectations: number | null;
  sessionsInteresting: number | null;
}

/** Every published count in a response: each must be shown (0 or 10+) or withheld. */
function countsIn(value: unknown): Count[] {
  if (Array.isArray(value)) return value.flatMap(countsIn);
  if (value === null || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  if ('suppressed' in object && 'value' in object) return [object as unknown as Count];
  return Object.values(object).flatMap(countsIn);
}

function expectDisclosureControlled(data: unknown): void {
  const counts = countsIn(data);
  expect(counts.length).toBeGreaterThan(0);
  expect(counts.filter((c) => c.value !== null && c.value > 0 && c.value < 10)).toEqual([]);
  expect(counts.filter((c) => c.suppressed !== (c.value === null))).toEqual([]);
}

describe('Outcomes in the API', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let lead: string;
  let analyst: string;
  let admin: string;
  let participant: string;

  const gql = async <T>(query: string, variables: Record<string, unknown>, cookie: string) =>
    testApp.graphql<T>(query, variables, cookie);
  const errorCodes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.map((error) => error.extensions?.['code']);
  const report = async (cookie = lead) =>
    (
      await gql<{ outcomeReport: { groups: ReportGroup[] } }>(
        REPORT,
        { input: { programme: 'CATAPULT' } },
        cookie,
      )
    ).data?.outcomeReport.groups ?? [];

  beforeAll(async () => {
    testApp = await startApp();
    dataSource = testApp.app.get(DataSource);
    await seedDemoAccounts(testApp);
    [lead, analyst, admin, participant] = await Promise.all([
      signInAs(testApp, 'programme_lead'),
      signInAs(testApp, 'analyst'),
      signInAs(testApp, 'admin'),
      signInAs(testApp, 'participant'),
    ]);
    await dataSource.query(
      `INSERT INTO programme (code, name, type) VALUES ('OTHER', 'Another programme', 'mentoring')`,
    );
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('outcomeReport', () => {
    it('gives the lead figures like the MoJ case study, against a comparison group', async () => {
      const groups = await report();
      expect(groups.map((g) => g.sebGroup)).toEqual([
        'professional',
        'intermediate',
        'lower',
        'unknown',
        'all',
      ]);
      const all = groups[4] as ReportGroup;
      expect(all.suppressed).toBe(false);
      expect(all.rate).toBeGreaterThan(0.27);
      expect(all.rate).toBeLessThan(0.42);
      expect(all.comparisonRate).toBeLessThan(all.rate as number);
      expect(Math.abs((all.metExpectations as number) - 0.8)).toBeLessThan(0.06);
      expect(Math.abs((all.sessionsInteresting as number) - 0.88)).toBeLessThan(0.06);
      expect(groups.filter((g) => g.suppressed).length).toBeGreaterThan(0);
    });

    it('gives the CSV of exactly the same report, and audits the download', async () => {
      const response = await gql<{ outcomeReport: { asOf: string; csv: string } }>(
        REPORT_CSV,
        { input: { programme: 'CATAPULT', asOf: '2026-01-15' } },
        lead,
      );
      const expected = await testApp.app.get(OutcomeReportService).report('CATAPULT', '2026-01-15');
      expect(response.data?.outcomeReport).toEqual({
        asOf: '2026-01-15',
        csv: outcomeReportToCsv(expected),
      });
      const [audit] = await dataSource.query(
        `SELECT actor_person_id, detail FROM audit_event WHERE action = 'export.report'
         ORDER BY id DESC LIMIT 1`,
      );
      expect(audit.detail).toEqual({
        report: 'outcomes',
        programme: 'CATAPULT',
        asOf: '2026-01-15',
        format: 'csv',
      });
      expect(audit.actor_person_id).not.toBeNull();
    });

    it('is for leads of the programme only, analysts and admins', async () => {
      expect(await report(analyst)).toHaveLength(5);
      expect(await report(admin)).toHaveLength(5);
      const other = await gql(REPORT, { input: { programme: 'OTHER' } }, lead);
      expect(errorCodes(other)).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(await gql(REPORT, { input: { programme: 'CATAPULT' } }, participant)),
      ).toEqual(['FORBIDDEN']);
    });

    it('says NOT_FOUND for an unknown programme, and BAD_USER_INPUT for a bad date', async () => {
      expect(errorCodes(await gql(REPORT, { input: { programme: 'NOPE' } }, admin))).toEqual([
        'NOT_FOUND',
      ]);
      const badDate = await gql(
        REPORT,
        { input: { programme: 'CATAPULT', asOf: '2026-02-30' } },
        admin,
      );
      expect(errorCodes(badDate)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('programmeDashboard', () => {
    it('gives the lead each figure by SEB group, with small cells suppressed', async () => {
      const response = await gql<{ programmeDashboard: Record<string, unknown> }>(
        DASHBOARD,
        { input: { programme: 'CATAPULT' } },
        lead,
      );
      expect(response.errors).toBeUndefined();
      const dashboard = response.data?.programmeDashboard as Record<
        string,
        { sebGroup: string; count: Count }[]
      >;
      expectDisclosureControlled(dashboard);
      const [{ total }] = await dataSource.query(
        `SELECT count(*)::int AS total FROM enrolment e JOIN programme p ON p.id = e.programme_id
         WHERE p.code = 'CATAPULT' AND e.role = 'participant'`,
      );
      expect(dashboard['participants']?.at(-1)).toEqual({
        sebGroup: 'all',
        count: { value: total, suppressed: false },
      });
      // One withheld SEB count would be recoverable from the total: never exactly one.
      for (const measure of ['participants', 'activeRelationships', 'sessionsLogged'])
        expect(dashboard[measure]?.filter((row) => row.count.suppressed).length).not.toBe(1);
    });

    it('is not for analysts or for leads of other programmes', async () => {
      expect(
        errorCodes(await gql(DASHBOARD, { input: { programme: 'CATAPULT' } }, analyst)),
      ).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql(DASHBOARD, { input: { programme: 'OTHER' } }, lead))).toEqual([
        'FORBIDDEN',
      ]);
    });
  });

  describe('workforceDashboard', () => {
    type Dashboard = Record<string, unknown> & {
      departments: string[] | null;
      overall: { total: Count; lowerShare: number | null };
      byDepartment: { rows: { key: string }[] };
      byGrade: { rows: { key: string }[]; total: { total: Count } };
      targets: { name: string; currentShare: number | null }[];
    };
    const workforce = async (cookie: string) =>
      gql<{ workforceDashboard: Dashboard }>(WORKFORCE, {}, cookie);

    it('gives analysts aggregates only, every cell through disclosure control', async () => {
      const response = await workforce(analyst);
      expect(response.errors).toBeUndefined();
      const dashboard = response.data?.workforceDashboard as Dashboard;
      expectDisclosureControlled(dashboard);
      expect(dashboard.departments).toBeNull();
      expect(dashboard.byGrade.rows.map((row) => row.key)).toEqual(
        expect.arrayContaining(['AO', 'EO', 'HEO', 'G7']),
      );
      expect(dashboard.byGrade.total.total).toEqual(dashboard.overall.total);
      expect(countsIn(dashboard).some((count) => count.suppressed)).toBe(true);
    });

    it('limits a department analyst to their department', async () => {
      const { personId, details } = await signUp(testApp);
      await dataSource.getRepository(RoleGrantEntity).save({
        personId,
        role: 'analyst',
        scopeType: 'department',
        scopeId: 'HMRC',
        grantedBy: null,
      });
      const cookie = await signIn(testApp, details.email, details.password);
      const dashboard = (await workforce(cookie)).data?.workforceDashboard as Dashboard;
      expect(dashboard.departments).toEqual(['HMRC']);
      expect(dashboard.byDepartment.rows).toEqual([]);
      expect(dashboard.overall.total).toEqual({ value: 0, suppressed: false });
    });

    it('is not for leads or participants', async () => {
      expect(errorCodes(await workforce(lead))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await workforce(participant))).toEqual(['FORBIDDEN']);
    });

    it('shows progress towards a target an admin sets', async () => {
      const set = await gql<{ setFiveYearTarget: { id: string } }>(
        `mutation Set($input: SetFiveYearTargetInput!) { setFiveYearTarget(input: $input) { id } }`,
        {
          input: {
            name: 'Share of staff from lower SEB',
            sebGroup: 'lower',
            grades: [],
            targetShare: 0.45,
            targetYear: 2030,
          },
        },
        admin,
      );
      expect(set.errors).toBeUndefined();
      const dashboard = (await workforce(analyst)).data?.workforceDashboard as Dashboard;
      expect(dashboard.targets).toEqual([
        expect.objectContaining({
          name: 'Share of staff from lower SEB',
          currentShare: dashboard.overall.lowerShare,
        }),
      ]);
      const denied = await gql(
        `mutation Remove($input: RemoveFiveYearTargetInput!) { removeFiveYearTarget(input: $input) }`,
        { input: { id: set.data?.setFiveYearTarget.id } },
        analyst,
      );
      expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    });
  });

  describe('career events', () => {
    const REPORT_MINE = `mutation Report($input: MyCareerEventInput!) { reportMyCareerEvent(input: $input) { ${EVENT} } }`;
    const RECORD = `mutation Record($input: RecordCareerEventInput!) { recordCareerEvent(input: $input) { ${EVENT} } }`;
    const UNCONFIRMED = `query Unconfirmed($input: UnconfirmedCareerEventsInput!) { unconfirmedCareerEvents(input: $input) { ${EVENT} } }`;
    const CONFIRM = `mutation Confirm($input: ConfirmCareerEventInput!) { confirmCareerEvent(input: $input) { ${EVENT} } }`;

    it('lets a participant report one, which counts only once their lead confirms it', async () => {
      const reported = await gql<{ reportMyCareerEvent: { id: string; confirmed: boolean } }>(
        REPORT_MINE,
        {
          input: {
            type: 'temporary_promotion',
            effectiveDate: '2026-06-01',
            fromGrade: 'EO',
            toGrade: 'HEO',
          },
        },
        participant,
      );
      expect(reported.data?.reportMyCareerEvent).toMatchObject({ confirmed: false });
      const id = reported.data?.reportMyCareerEvent.id as string;
      const waiting = await gql<{ unconfirmedCareerEvents: { id: string; source: string }[] }>(
        UNCONFIRMED,
        { input: { programme: 'CATAPULT' } },
        lead,
      );
      expect(waiting.data?.unconfirmedCareerEvents).toContainEqual(
        expect.objectContaining({ id, source: 'self_reported', personName: 'Priya Participant' }),
      );
      const confirmed = await gql<{ confirmCareerEvent: { confirmed: boolean } }>(
        CONFIRM,
        { input: { id } },
        lead,
      );
      expect(confirmed.data?.confirmCareerEvent.confirmed).toBe(true);
      const again = await gql<{ unconfirmedCareerEvents: { id: string }[] }>(
        UNCONFIRMED,
        { input: { programme: 'CATAPULT' } },
        lead,
      );
      expect(again.data?.unconfirmedCareerEvents.map((event) => event.id)).not.toContain(id);
    });

    it('puts a person’s career events in their personal data export', async () => {
      const response = await gql<{ myPersonalData: { json: string } }>(
        '{ myPersonalData { json } }',
        {},
        participant,
      );
      const document = JSON.parse(response.data?.myPersonalData.json ?? '{}') as {
        careerEvents?: { type: string; source: string }[];
      };
      expect(document.careerEvents).toContainEqual(
        expect.objectContaining({ type: 'temporary_promotion', source: 'self_reported' }),
      );
    });

    it('counts a mature participant’s progression only once it is confirmed', async () => {
      const [mentee] = await dataSource.query(`
        SELECT e.person_id, (e.start_date + 100)::text AS date
        FROM enrolment e JOIN programme p ON p.id = e.programme_id
        WHERE p.code = 'CATAPULT' AND e.role = 'participant' AND e.start_date + 365 <= current_date
          AND NOT EXISTS (SELECT 1 FROM career_event ev WHERE ev.person_id = e.person_id
                          AND ev.type IN ('promotion', 'temporary_promotion', 'lateral_move')
                          AND ev.effective_date > e.start_date AND ev.effective_date <= e.start_date + 365)
        ORDER BY e.start_date LIMIT 1`);
      const progressed = async () => (await report(admin)).at(-1)?.progressed;
      const before = await progressed();
      const [{ id }] = await dataSource.query(
        `INSERT INTO career_event (event_id, source, person_id, type, effective_date, confirmed)
         VALUES ('self-1', 'self_reported', $1, 'promotion', $2, false) RETURNING id`,
        [mentee.person_id, mentee.date],
      );
      expect(await progressed()).toBe(before);
      await gql(CONFIRM, { input: { id } }, lead);
      expect(await progressed()).toBe((before as number) + 1);
    });

    it('lets a lead record a confirmed event only for people in their programme', async () => {
      const input = { type: 'promotion', effectiveDate: '2026-07-01', toGrade: 'HEO' };
      const recorded = await gql<{ recordCareerEvent: { source: string; confirmed: boolean } }>(
        RECORD,
        { input: { ...input, staffNumber: demoAccount('participant').staffNumber } },
        lead,
      );
      expect(recorded.data?.recordCareerEvent).toMatchObject({
        source: 'lead_recorded',
        confirmed: true,
      });
      const outsider = await gql(
        RECORD,
        { input: { ...input, staffNumber: demoAccount('analyst').staffNumber } },
        lead,
      );
      expect(errorCodes(outsider)).toEqual(['FORBIDDEN']);
      const stranger = await gql(
        RECORD,
        { input: { ...input, staffNumber: 'NO-SUCH-PERSON' } },
        lead,
      );
      expect(errorCodes(stranger)).toEqual(['FORBIDDEN']);
    });

    it('keeps other programmes’ events from a lead, and every event from analysts', async () => {
      const { cookie } = await signUp(testApp);
      const reported = await gql<{ reportMyCareerEvent: { id: string } }>(
        REPORT_MINE,
        { input: { type: 'eoi_success', effectiveDate: '2026-05-01' } },
        cookie,
      );
      const id = reported.data?.reportMyCareerEvent.id;
      expect(errorCodes(await gql(CONFIRM, { input: { id } }, lead))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql(UNCONFIRMED, { input: { programme: 'OTHER' } }, lead))).toEqual([
        'FORBIDDEN',
      ]);
      expect(
        errorCodes(await gql(UNCONFIRMED, { input: { programme: 'CATAPULT' } }, analyst)),
      ).toEqual(['FORBIDDEN']);
    });
  });
});
