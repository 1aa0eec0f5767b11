import { Client } from 'pg';
import { GENERATED_COLUMNS, generatePeopleRows } from './generate-people-rows';

const ROWS_PER_INSERT = 1_000;
const SQL_TYPES: Readonly<Record<string, string>> = {
  snapshot_date: 'date',
  date_of_birth: 'date',
  care_leaver: 'boolean',
  apprentice: 'boolean',
};

const sqlValue = (column: string, cell: string): string | boolean | null => {
  if (cell === '') return null;
  return SQL_TYPES[column] === 'boolean' ? cell === 'yes' : cell;
};

/**
 * The floor for the same rows: plain multi-row INSERTs into one index-free scratch table in one
 * transaction, with no parsing, checking or upserting. Returns the seconds it took.
 */
export async function timeBaselineInsert(
  url: string,
  seed: number,
  count: number,
): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `CREATE TABLE bench_people_baseline (${GENERATED_COLUMNS.map(
        (column) => `${column} ${SQL_TYPES[column] ?? 'text'}`,
      ).join(', ')})`,
    );
    const width = GENERATED_COLUMNS.length;
    const started = process.hrtime.bigint();
    await client.query('BEGIN');
    let values: (string | boolean | null)[] = [];
    const flush = async () => {
      const rows = values.length / width;
      const tuples = Array.from(
        { length: rows },
        (_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(',')})`,
      );
      await client.query(`INSERT INTO bench_people_baseline VALUES ${tuples.join(',')}`, values);
      values = [];
    };
    for (const row of generatePeopleRows(seed, count)) {
      row.forEach((cell, c) => values.push(sqlValue(GENERATED_COLUMNS[c] as string, cell)));
      if (values.length === ROWS_PER_INSERT * width) await flush();
    }
    if (values.length > 0) await flush();
    await client.query('COMMIT');
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await client.query('DROP TABLE bench_people_baseline');
    return seconds;
  } finally {
    await client.end();
  }
}
