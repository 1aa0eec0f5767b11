import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createFreshDatabase } from '@pathways/api-testing';
import { Client } from 'pg';
// eslint-disable-next-line @nx/enforce-module-boundaries -- drives the CLI exactly as a user would
import { runCli } from '../../../../cli/src/main';

const EXAMPLES = resolve(__dirname, '../../../../../../shared/spec/examples');
const PEOPLE_2024 = join(EXAMPLES, 'people-2024-01-01.csv');
const PEOPLE_2025 = join(EXAMPLES, 'people-2025-01-01.csv');
const HEADER =
  'snapshot_date,staff_number,given_name,family_name,email,department,grade,seb_occupation';

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

interface Counts {
  people: number;
  snapshots: number;
  answers: number;
  audits: number;
}

describe('cli import people', () => {
  let database: { url: string; drop(): Promise<void> };
  let client: Client;
  let dir: string;
  let previousUrl: string | undefined;

  const cli = async (...args: string[]): Promise<CliRun> => {
    const out: string[] = [];
    const err: string[] = [];
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      err.push(String(chunk));
      return true;
    });
    try {
      const code = await runCli(args);
      return { code, stdout: out.join(''), stderr: err.join('') };
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
  };
  const importPeople = (file: string) => cli('import', 'people', file);
  const resultOf = (run: CliRun): Record<string, unknown> => {
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    return JSON.parse(lines[0] as string) as Record<string, unknown>;
  };
  const counts = async (): Promise<Counts> => {
    const { rows } = await client.query<Counts>(`
      SELECT (SELECT count(*) FROM person)::int AS people,
             (SELECT count(*) FROM person_snapshot)::int AS snapshots,
             (SELECT count(*) FROM person_answers)::int AS answers,
             (SELECT count(*) FROM audit_event WHERE action = 'import.people')::int AS audits`);
    return rows[0] as Counts;
  };
  const grades = async (staffNumber: string) => {
    const { rows } = await client.query<{ current: string; history: string[] }>(
      `SELECT p.grade_code AS current,
              array_agg(s.snapshot_date::text || ' ' || s.grade_code ORDER BY s.snapshot_date) AS history
       FROM person p JOIN person_snapshot s ON s.person_id = p.id
       WHERE p.staff_number = $1 GROUP BY p.grade_code`,
      [staffNumber],
    );
    return rows[0];
  };
  const writeCsv = (name: string, lines: string[]): string => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };
  /** The example's occupation answers by staff number (the last column; never quoted). */
  const occupations = (file: string): Map<string, string> =>
    new Map(
      readFileSync(file, 'utf8')
        .trim()
        .split(/\r?\n/)
        .slice(1)
        .map((line) => [line.split(',')[1] as string, line.split(',').at(-1) as string]),
    );

  beforeAll(async () => {
    expect(existsSync(PEOPLE_2024)).toBe(true);
    database = await createFreshDatabase();
    previousUrl = process.env['DATABASE_URL'];
    process.env['DATABASE_URL'] = database.url;
    client = new Client({ connectionString: database.url });
    await client.connect();
    dir = mkdtempSync(join(tmpdir(), 'import-people-'));
  });

  afterAll(async () => {
    if (previousUrl === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = previousUrl;
    await client.end();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports both example snapshots in date order', async () => {
    expect(resultOf(await importPeople(PEOPLE_2024))).toEqual({
      imported: 'people',
      rows: 2400,
      created: 2400,
      updated: 0,
      snapshots: 2400,
      snapshot_dates: ['2024-01-01'],
    });
    expect(resultOf(await importPeople(PEOPLE_2025))).toEqual({
      imported: 'people',
      rows: 2400,
      created: 0,
      updated: 2400,
      snapshots: 2400,
      snapshot_dates: ['2025-01-01'],
    });
    expect(await counts()).toMatchObject({ people: 2400, snapshots: 4800, audits: 2 });
  });

  it('keeps the grade history of someone promoted, with current details from the latest', async () => {
    expect(await grades('SN100001')).toEqual({
      current: 'SCS1',
      history: ['2024-01-01 G6', '2025-01-01 SCS1'],
    });
    const { rows } = await client.query(
      `SELECT given_name, family_name, email, department_code FROM person WHERE staff_number = 'SN100000'`,
    );
    expect(rows).toEqual([
      {
        given_name: 'Given0',
        family_name: 'Family, 0',
        email: 'p0@example.gov.uk',
        department_code: 'DWP',
      },
    ]);
  });

  it('stores the answers given, the latest non-empty one per person, and each snapshot its own', async () => {
    const earlier = occupations(PEOPLE_2024);
    const later = occupations(PEOPLE_2025);
    const expected = new Map<string, string>();
    for (const [staffNumber, answer] of earlier) {
      const latest = later.get(staffNumber) || answer;
      if (latest) expected.set(staffNumber, latest);
    }
    const { rows } = await client.query<{ staff_number: string; seb_occupation: string }>(
      `SELECT p.staff_number, a.seb_occupation FROM person_answers a JOIN person p ON p.id = a.person_id`,
    );
    expect(new Map(rows.map((row) => [row.staff_number, row.seb_occupation]))).toEqual(expected);

    const snapshot = await client.query<{ staff_number: string; seb_occupation: string | null }>(
      `SELECT p.staff_number, s.seb_occupation FROM person_snapshot s JOIN person p ON p.id = s.person_id
       WHERE s.snapshot_date = '2024-01-01'`,
    );
    expect(
      new Map(snapshot.rows.map((row) => [row.staff_number, row.seb_occupation ?? ''])),
    ).toEqual(earlier);
  });

  it('is idempotent: importing both files again changes no count', async () => {
    const before = await counts();
    expect(resultOf(await importPeople(PEOPLE_2024))).toMatchObject({
      rows: 2400,
      created: 0,
      updated: 2400,
      snapshots: 0,
    });
    expect(resultOf(await importPeople(PEOPLE_2025))).toMatchObject({ created: 0, snapshots: 0 });
    expect(await counts()).toEqual({ ...before, audits: before.audits + 2 });
    // The older snapshot imported last did not roll current details back.
    expect((await grades('SN100001'))?.current).toBe('SCS1');
  });

  it('records the import in the audit log, with no actor', async () => {
    const { rows } = await client.query(
      `SELECT actor_person_id, detail FROM audit_event WHERE action = 'import.people' ORDER BY id`,
    );
    expect(rows[0]).toEqual({
      actor_person_id: null,
      detail: {
        file: PEOPLE_2024,
        rows: 2400,
        snapshotDates: ['2024-01-01'],
        created: 2400,
        updated: 0,
        snapshots: 2400,
      },
    });
  });

  describe('bad input: exit 2, the problem named, nothing written', () => {
    let before: Counts;

    beforeEach(async () => {
      before = await counts();
    });

    afterEach(async () => {
      expect(await counts()).toEqual(before);
    });

    it('rejects a file with one bad row in the middle, naming line and field', async () => {
      // A later snapshot with a newcomer, so that a partial write would show in the counts.
      const lines = readFileSync(PEOPLE_2024, 'utf8')
        .trim()
        .split(/\r?\n/)
        .map((line) => line.replace(/^2024-01-01,/, '2026-01-01,'));
      lines.push('2026-01-01,SN999999,New,Person,new@example.gov.uk,DWP,EO,');
      lines[56] = (lines[56] as string).replace(
        /,(AA|AO|EO|HEO|SEO|G7|G6|SCS1|SCS2|SCS3|PS),/,
        ',G8,',
      );
      const file = writeCsv('bad-row.csv', lines);
      const run = await importPeople(file);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`${file}:57: field "grade": "G8" is not a grade`);
      expect(run.stderr).toContain(`${file}: nothing imported`);
      expect(run.stderr.match(/:\d+: field/g)).toHaveLength(1);
    });

    it('rejects an unknown column, naming it', async () => {
      const file = writeCsv('unknown-column.csv', [
        `${HEADER},salary`,
        '2026-01-01,SN999999,New,Person,new@example.gov.uk,DWP,EO,,30000',
      ]);
      const run = await importPeople(file);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${file}:1: field "salary": unknown column`);
    });

    it('rejects a missing required column, naming it', async () => {
      const file = writeCsv('missing-column.csv', [
        'snapshot_date,staff_number,given_name,family_name,email,department',
        '2026-01-01,SN999999,New,Person,new@example.gov.uk,DWP',
      ]);
      const run = await importPeople(file);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${file}:1: field "grade": required column is missing`);
    });

    it('rejects an email that belongs to someone else in the database', async () => {
      const file = writeCsv('taken-email.csv', [
        HEADER,
        '2026-01-01,SN999998,Other,Person,other@example.gov.uk,DWP,EO,',
        '2026-01-01,SN999999,New,Person,P0@example.gov.uk,DWP,EO,',
      ]);
      const run = await importPeople(file);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `${file}:3: field "email": p0@example.gov.uk already belongs to SN100000`,
      );
    });

    it('rejects two people swapping emails in one file, which the unique index cannot take', async () => {
      const file = writeCsv('swap-emails.csv', [
        HEADER,
        '2026-01-01,SN100000,Given0,"Family, 0",p1@example.gov.uk,DWP,HEO,',
        '2026-01-01,SN100001,Given1,"Family, 1",p0@example.gov.uk,MOJ,SCS1,',
      ]);
      const run = await importPeople(file);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        new RegExp(
          `${file}:[23]: field "email": p[01]@example\\.gov\\.uk still belongs to another person`,
        ),
      );
    });

    it('rejects a missing file, naming it', async () => {
      const file = join(dir, 'no-such-file.csv');
      const run = await importPeople(file);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${file}: cannot read the file (ENOENT`);
    });
  });

  describe('current details follow the latest snapshot', () => {
    it('adds an older snapshot to the history without changing current details or answers', async () => {
      const file = writeCsv('older.csv', [
        HEADER,
        '2023-01-01,SN100001,Old,Name,old1@example.gov.uk,MOJ,EO,professional',
      ]);
      expect(resultOf(await importPeople(file))).toMatchObject({
        created: 0,
        updated: 1,
        snapshots: 1,
      });
      expect(await grades('SN100001')).toEqual({
        current: 'SCS1',
        history: ['2023-01-01 EO', '2024-01-01 G6', '2025-01-01 SCS1'],
      });
      const { rows } = await client.query(
        `SELECT p.given_name, p.email, a.seb_occupation FROM person p
         JOIN person_answers a ON a.person_id = p.id WHERE p.staff_number = 'SN100001'`,
      );
      expect(rows).toEqual([
        { given_name: 'Given1', email: 'p1@example.gov.uk', seb_occupation: 'routine' },
      ]);
    });

    it('applies a later snapshot, keeping answers and details the file leaves empty', async () => {
      await client.query(`UPDATE person SET region_code = 'TLI' WHERE staff_number = 'SN100001'`);
      const file = writeCsv('later.csv', [
        'snapshot_date,staff_number,given_name,family_name,email,department,grade,region,seb_occupation,seb_fsm',
        '2026-01-01,SN100001,Given1,"Family, 1",p1@example.gov.uk,HMRC,SCS2,,,yes',
      ]);
      expect(resultOf(await importPeople(file))).toMatchObject({
        created: 0,
        updated: 1,
        snapshots: 1,
      });
      const { rows } = await client.query(
        `SELECT p.grade_code, p.department_code, p.region_code, a.seb_occupation, a.seb_fsm
         FROM person p JOIN person_answers a ON a.person_id = p.id WHERE p.staff_number = 'SN100001'`,
      );
      expect(rows).toEqual([
        {
          grade_code: 'SCS2',
          department_code: 'HMRC',
          region_code: 'TLI',
          seb_occupation: 'routine',
          seb_fsm: 'yes',
        },
      ]);
      // Absent from this snapshot, nobody is deleted.
      expect((await counts()).people).toBe(2400);
    });
  });
});
