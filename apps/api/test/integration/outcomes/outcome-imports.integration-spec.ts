import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createFreshDatabase } from '@pathways/api-testing';
import { Client } from 'pg';
import { cli, importResult } from './cli-runner';

const PEOPLE = resolve(__dirname, '../../../../../../shared/spec/examples/people-2024-01-01.csv');
const ENROLMENTS_HEADER =
  'staff_number,programme,programme_type,cohort,role,start_date,end_date,mentor_staff_number,met_expectations,sessions_interesting';
const EVENTS_HEADER =
  'event_id,staff_number,type,effective_date,from_grade,to_grade,from_department,to_department';

interface Counts {
  programmes: number;
  cohorts: number;
  enrolments: number;
  events: number;
  audits: number;
}

describe('cli import enrolments and import events', () => {
  let database: { url: string; drop(): Promise<void> };
  let client: Client;
  let dir: string;
  let previousUrl: string | undefined;
  let files = 0;

  const csv = (header: string, rows: string[]): string => {
    files += 1;
    const path = join(dir, `file-${files}.csv`);
    writeFileSync(path, `${[header, ...rows].join('\n')}\n`);
    return path;
  };
  const counts = async (): Promise<Counts> => {
    const { rows } = await client.query<Counts>(`
      SELECT (SELECT count(*) FROM programme)::int AS programmes,
             (SELECT count(*) FROM cohort)::int AS cohorts,
             (SELECT count(*) FROM enrolment)::int AS enrolments,
             (SELECT count(*) FROM career_event)::int AS events,
             (SELECT count(*) FROM audit_event WHERE action LIKE 'import.%')::int AS audits`);
    return rows[0] as Counts;
  };
  /** A rejected import: exit 2, the problems on stderr, nothing on stdout, nothing written. */
  const expectRejected = async (args: string[], ...messages: string[]) => {
    const before = await counts();
    const run = await cli(...args);
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
    for (const message of messages) expect(run.stderr).toContain(message);
    expect(await counts()).toEqual(before);
  };

  beforeAll(async () => {
    database = await createFreshDatabase();
    previousUrl = process.env['DATABASE_URL'];
    process.env['DATABASE_URL'] = database.url;
    client = new Client({ connectionString: database.url });
    await client.connect();
    dir = mkdtempSync(join(tmpdir(), 'import-outcomes-'));
    importResult(await cli('import', 'people', PEOPLE));
  });

  afterAll(async () => {
    if (previousUrl === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = previousUrl;
    await client.end();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('import enrolments', () => {
    const rows = [
      'SN100010,SPONSOR1,sponsorship,2024A,participant,2024-03-01,2025-03-01,SN100011,yes,no',
      'SN100011,SPONSOR1,sponsorship,2024A,mentor,2024-03-01,,,,',
      'SN100012,SPONSOR1,sponsorship,2024B,participant,2024-09-01,,,,',
    ];

    it('creates the programme with its type, its cohorts and the enrolments', async () => {
      const file = csv(ENROLMENTS_HEADER, rows);
      expect(importResult(await cli('import', 'enrolments', file))).toEqual({
        imported: 'enrolments',
        rows: 3,
        created: 3,
        updated: 0,
        programmes_created: 1,
        cohorts_created: 2,
      });
      const { rows: stored } = await client.query(`
        SELECT p.staff_number, c.code AS cohort, e.role, e.start_date::text, e.end_date::text,
               m.staff_number AS mentor, e.met_expectations, e.sessions_interesting, pr.type
        FROM enrolment e JOIN person p ON p.id = e.person_id JOIN cohort c ON c.id = e.cohort_id
        JOIN programme pr ON pr.id = e.programme_id LEFT JOIN person m ON m.id = e.mentor_person_id
        ORDER BY p.staff_number, e.role`);
      expect(stored).toEqual([
        {
          staff_number: 'SN100010',
          cohort: '2024A',
          role: 'participant',
          start_date: '2024-03-01',
          end_date: '2025-03-01',
          mentor: 'SN100011',
          met_expectations: true,
          sessions_interesting: false,
          type: 'sponsorship',
        },
        {
          staff_number: 'SN100011',
          cohort: '2024A',
          role: 'mentor',
          start_date: '2024-03-01',
          end_date: null,
          mentor: null,
          met_expectations: null,
          sessions_interesting: null,
          type: 'sponsorship',
        },
        {
          staff_number: 'SN100012',
          cohort: '2024B',
          role: 'participant',
          start_date: '2024-09-01',
          end_date: null,
          mentor: null,
          met_expectations: null,
          sessions_interesting: null,
          type: 'sponsorship',
        },
      ]);
      const { rows: audits } = await client.query(
        `SELECT detail FROM audit_event WHERE action = 'import.enrolments'`,
      );
      expect(audits).toEqual([{ detail: expect.objectContaining({ file, rows: 3, inserted: 3 }) }]);
    });

    it('updates instead of duplicating on a second import, keeping what an empty cell leaves out', async () => {
      const before = await counts();
      const file = csv(ENROLMENTS_HEADER, [
        'SN100010,SPONSOR1,sponsorship,2024A,participant,2024-03-02,,,,yes',
        ...rows.slice(1),
      ]);
      expect(importResult(await cli('import', 'enrolments', file))).toMatchObject({
        created: 0,
        updated: 3,
        programmes_created: 0,
        cohorts_created: 0,
      });
      expect(await counts()).toEqual({ ...before, audits: before.audits + 1 });
      const { rows: stored } = await client.query(`
        SELECT e.start_date::text, e.end_date::text, e.met_expectations, e.sessions_interesting
        FROM enrolment e JOIN person p ON p.id = e.person_id
        WHERE p.staff_number = 'SN100010'`);
      expect(stored).toEqual([
        {
          start_date: '2024-03-02',
          end_date: '2025-03-01',
          met_expectations: true,
          sessions_interesting: true,
        },
      ]);
    });

    it('writes nothing when one row is bad, naming file, line and field', async () => {
      const file = csv(ENROLMENTS_HEADER, [
        'SN100020,NEWPROG,mentoring,C1,participant,2024-03-01,,,,',
        'SN100021,NEWPROG,mentoring,C1,participant,2024-13-01,,,,',
      ]);
      await expectRejected(
        ['import', 'enrolments', file],
        `${file}:3: field "start_date": "2024-13-01" is not a date`,
        `${file}: nothing imported`,
      );
    });

    it('rejects an unknown programme type', async () => {
      const file = csv(ENROLMENTS_HEADER, [
        'SN100020,NEWPROG,coaching,C1,participant,2024-03-01,,,,',
      ]);
      await expectRejected(
        ['import', 'enrolments', file],
        `${file}:2: field "programme_type": "coaching" is not allowed`,
      );
    });

    it('rejects a type that differs from the existing programme’s', async () => {
      const file = csv(ENROLMENTS_HEADER, [
        'SN100020,SPONSOR1,mentoring,2024A,participant,2024-03-01,,,,',
      ]);
      await expectRejected(
        ['import', 'enrolments', file],
        `${file}:2: field "programme_type": programme SPONSOR1 is a sponsorship programme`,
      );
    });

    it('rejects a missing or unknown staff number, and an unknown mentor', async () => {
      const file = csv(ENROLMENTS_HEADER, [
        ',NEWPROG,mentoring,C1,participant,2024-03-01,,,,',
        'NOBODY,NEWPROG,mentoring,C1,participant,2024-03-01,,,,',
        'SN100020,NEWPROG,mentoring,C1,participant,2024-03-01,,GHOST,,',
      ]);
      await expectRejected(
        ['import', 'enrolments', file],
        `${file}:2: field "staff_number": required`,
        `${file}:3: field "staff_number": no person has staff number "NOBODY"`,
        `${file}:4: field "mentor_staff_number": no person has staff number "GHOST"`,
      );
    });

    it('rejects the same person twice in one cohort and role', async () => {
      const file = csv(ENROLMENTS_HEADER, [
        'SN100020,NEWPROG,mentoring,C1,participant,2024-03-01,,,,',
        'SN100020,NEWPROG,mentoring,C1,participant,2024-04-01,,,,',
      ]);
      await expectRejected(
        ['import', 'enrolments', file],
        `${file}:3: field "staff_number": repeats line 2`,
      );
    });

    it('rejects unknown and missing columns, and bad survey answers', async () => {
      const unknown = csv(`${ENROLMENTS_HEADER},notes`, [
        'SN100020,NEWPROG,mentoring,C1,participant,2024-03-01,,,,,hi',
      ]);
      await expectRejected(
        ['import', 'enrolments', unknown],
        `${unknown}:1: field "notes": unknown column`,
      );
      const missing = csv('staff_number,programme,cohort,role,start_date', [
        'SN100020,NEWPROG,C1,participant,2024-03-01',
      ]);
      await expectRejected(
        ['import', 'enrolments', missing],
        `${missing}:1: field "programme_type": required column is missing`,
      );
      const survey = csv(ENROLMENTS_HEADER, [
        'SN100020,NEWPROG,mentoring,C1,participant,2024-03-01,,,Y,',
      ]);
      await expectRejected(
        ['import', 'enrolments', survey],
        `${survey}:2: field "met_expectations": "Y" must be yes or no`,
      );
    });

    it('exits 2 for a file that cannot be read', async () => {
      await expectRejected(
        ['import', 'enrolments', join(dir, 'absent.csv')],
        'cannot read the file',
      );
    });
  });

  describe('import events', () => {
    it('appends events, skipping an event_id it already has', async () => {
      const first = csv(EVENTS_HEADER, [
        'E-1,SN100030,promotion,2024-05-01,EO,HEO,MOJ,MOJ',
        'E-2,SN100030,training_completed,2024-06-01,,,,',
      ]);
      expect(importResult(await cli('import', 'events', first))).toEqual({
        imported: 'events',
        rows: 2,
        created: 2,
        skipped: 0,
      });
      const second = csv(EVENTS_HEADER, [
        'E-2,SN100030,training_completed,2024-06-01,,,,',
        'E-3,SN100031,left,2024-07-01,,,,',
        'E-3,SN100031,left,2024-07-01,,,,',
      ]);
      expect(importResult(await cli('import', 'events', second))).toEqual({
        imported: 'events',
        rows: 3,
        created: 1,
        skipped: 2,
      });
      const { rows } = await client.query(`
        SELECT ev.event_id, ev.source, ev.type, ev.confirmed, ev.from_grade, ev.to_department
        FROM career_event ev ORDER BY ev.event_id`);
      expect(rows).toEqual([
        {
          event_id: 'E-1',
          source: 'hr_import',
          type: 'promotion',
          confirmed: true,
          from_grade: 'EO',
          to_department: 'MOJ',
        },
        {
          event_id: 'E-2',
          source: 'hr_import',
          type: 'training_completed',
          confirmed: true,
          from_grade: null,
          to_department: null,
        },
        {
          event_id: 'E-3',
          source: 'hr_import',
          type: 'left',
          confirmed: true,
          from_grade: null,
          to_department: null,
        },
      ]);
    });

    it('writes nothing when a row is bad: type, date, grade, department or staff number', async () => {
      const file = csv(EVENTS_HEADER, [
        'E-10,SN100030,promotion,2024-05-01,EO,HEO,,',
        'E-11,SN100030,sacked,2024-05-01,,,,',
        'E-12,SN100030,promotion,2024-02-30,,,,',
        'E-13,SN100030,promotion,2024-05-01,G5,,,',
        'E-14,SN100030,lateral_move,2024-05-01,,,,XYZ',
        'E-15,NOBODY,promotion,2024-05-01,,,,',
        ',SN100030,promotion,2024-05-01,,,,',
      ]);
      await expectRejected(
        ['import', 'events', file],
        `${file}:3: field "type": "sacked" is not allowed`,
        `${file}:4: field "effective_date": "2024-02-30" is not a date`,
        `${file}:5: field "from_grade": "G5" is not allowed`,
        `${file}:6: field "to_department": "XYZ" is not a department code`,
        `${file}:7: field "staff_number": no person has staff number "NOBODY"`,
        `${file}:8: field "event_id": required`,
      );
    });
  });
});
