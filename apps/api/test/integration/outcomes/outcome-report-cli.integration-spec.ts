import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createFreshDatabase } from '@pathways/api-testing';
import { Client } from 'pg';
import { cli, importResult } from './cli-runner';

const EXAMPLES = resolve(__dirname, '../../../../../../shared/spec/examples');
const example = (name: string) => join(EXAMPLES, name);
const EXPECTED = JSON.parse(
  readFileSync(example('outcomes-CATAPULT-2025-06-30.json'), 'utf8'),
) as Record<string, unknown>;

/** Equal, with every number within 1e-6 (contracts.md examples). */
function expectClose(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number') {
    expect({ path, ok: typeof actual === 'number' && Math.abs(actual - expected) <= 1e-6 }).toEqual(
      { path, ok: true },
    );
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    expect((actual as unknown[]).length).toBe(expected.length);
    expected.forEach((item, i) => expectClose((actual as unknown[])[i], item, `${path}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as object)).toEqual(Object.keys(expected));
    for (const [key, value] of Object.entries(expected))
      expectClose((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
  } else {
    expect({ path, value: actual }).toEqual({ path, value: expected });
  }
}

describe('cli report outcomes (contracts.md example)', () => {
  let database: { url: string; drop(): Promise<void> };
  let client: Client;
  let previousUrl: string | undefined;
  const imports: Record<string, unknown>[] = [];

  beforeAll(async () => {
    database = await createFreshDatabase();
    previousUrl = process.env['DATABASE_URL'];
    process.env['DATABASE_URL'] = database.url;
    client = new Client({ connectionString: database.url });
    await client.connect();
    for (const [kind, file] of [
      ['people', 'people-2024-01-01.csv'],
      ['people', 'people-2025-01-01.csv'],
      ['enrolments', 'enrolments.csv'],
      ['events', 'events.csv'],
      ['events', 'events.csv'],
    ] as const) {
      imports.push(importResult(await cli('import', kind, example(file))));
    }
  });

  afterAll(async () => {
    if (previousUrl === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = previousUrl;
    await client.end();
    await database.drop();
  });

  it('imports the enrolments, creating the programme and its cohorts', () => {
    expect(imports[2]).toEqual({
      imported: 'enrolments',
      rows: 443,
      created: 443,
      updated: 0,
      programmes_created: 1,
      cohorts_created: 2,
    });
  });

  it('adds nothing when the events are imported a second time', async () => {
    expect(imports[3]).toEqual({ imported: 'events', rows: 792, created: 792, skipped: 0 });
    expect(imports[4]).toEqual({ imported: 'events', rows: 792, created: 0, skipped: 792 });
    const { rows } = await client.query('SELECT count(*)::int AS n FROM career_event');
    expect(rows[0]).toEqual({ n: 792 });
  });

  it('prints the expected JSON, and only that, on stdout', async () => {
    const run = await cli(
      'report',
      'outcomes',
      '--programme',
      'CATAPULT',
      '--as-of',
      '2025-06-30',
      '--format',
      'json',
    );
    expect(run.code).toBe(0);
    expectClose(JSON.parse(run.stdout), EXPECTED);
  });

  it('prints the same report as CSV: a header of the fields, one record per group', async () => {
    const run = await cli(
      'report',
      'outcomes',
      '--programme',
      'CATAPULT',
      '--as-of',
      '2025-06-30',
      '--format',
      'csv',
    );
    expect(run.code).toBe(0);
    const [header, ...records] = run.stdout.trimEnd().split('\r\n');
    const groups = EXPECTED['groups'] as Record<string, unknown>[];
    expect(header).toBe(Object.keys(groups[0] as object).join(','));
    expect(records).toHaveLength(5);
    records.forEach((record, i) => {
      const expected = groups[i] as Record<string, unknown>;
      const cells = record.split(',');
      Object.values(expected).forEach((value, j) => {
        if (typeof value === 'number')
          expect(Math.abs(Number(cells[j]) - value)).toBeLessThanOrEqual(1e-6);
        else expect(cells[j]).toBe(value === null ? '' : String(value));
      });
    });
  });

  it('records each report printed as an export in the audit log', async () => {
    const { rows } = await client.query(
      `SELECT detail FROM audit_event WHERE action = 'export.report' ORDER BY id`,
    );
    expect(rows.map((row) => row.detail)).toEqual(
      expect.arrayContaining([
        { report: 'outcomes', programme: 'CATAPULT', asOf: '2025-06-30', format: 'json' },
        { report: 'outcomes', programme: 'CATAPULT', asOf: '2025-06-30', format: 'csv' },
      ]),
    );
  });

  it('exits 2 naming an unknown programme, with nothing on stdout', async () => {
    const run = await cli('report', 'outcomes', '--programme', 'NOPE', '--as-of', '2025-06-30');
    expect(run).toEqual({ code: 2, stdout: '', stderr: expect.stringContaining('"NOPE"') });
  });

  it.each(['2025-02-30', '30/06/2025', 'today'])('exits 2 for the date %s', async (date) => {
    const run = await cli('report', 'outcomes', '--programme', 'CATAPULT', '--as-of', date);
    expect(run).toEqual({ code: 2, stdout: '', stderr: expect.stringContaining('--as-of') });
  });

  it('probes progression through the person-first partial index', async () => {
    // TypeORM's drift check cannot see an index's column order.
    const { rows } = await client.query(
      `SELECT indexdef FROM pg_indexes WHERE indexname = 'career_event_progression'`,
    );
    expect(rows[0]?.indexdef).toContain('(person_id, effective_date) WHERE');
  });

  it('exits 2 for an unknown format', async () => {
    const run = await cli('report', 'outcomes', '--programme', 'CATAPULT', '--format', 'xml');
    expect(run).toEqual({ code: 2, stdout: '', stderr: expect.stringContaining('--format') });
  });
});
