import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@pathways/api-core';
import { scratchDatabase } from '../fanout/scratch-database';
import { seedSubscribers } from '../fanout/seed-subscribers';
import { recipientChannelsSql } from '../../../libs/api/vacancies/src/lib/delivery/recipients.sql';

async function main() {
  const db = await scratchDatabase(() => undefined);
  const ds = new DataSource(dataSourceOptions(db.url));
  await ds.initialize();
  await ds.runMigrations();
  const owner = await seedSubscribers(ds, 100000, 20000);
  const [{ id }] = await ds.query(`INSERT INTO vacancy (title, summary, department_code, grade_codes, profession_code, region_codes, remote, working_pattern, contract_type, closing_date, apply_url, category, owner_person_id, status) VALUES ('Private Secretary', 'x', 'DWP', '{HEO}', 'policy', '{TLI}', true, 'full_time', 'loan', current_date + 30, 'https://x', 'private_office', $1, 'open') RETURNING id`, [owner]);
  const [{ fid }] = await ds.query(`INSERT INTO alert_fanout (vacancy_id, kind, audience, requested_by) VALUES ($1, 'publish', 'matching', $2) RETURNING id AS fid`, [id, owner]);
  const bounds = await ds.query(`SELECT person_id FROM (SELECT DISTINCT person_id FROM alert_rule ORDER BY 1) p OFFSET 5000 LIMIT 2`);
  const client = new Client({ connectionString: db.url });
  await client.connect();
  const sql = `WITH candidates AS (${recipientChannelsSql('matching')}), inserted AS (INSERT INTO alert (vacancy_id, person_id, channel, timing, rule_id, fanout_id, status) SELECT $1, person_id, channel, timing, rule_id, $5, 'pending' FROM candidates ON CONFLICT DO NOTHING RETURNING person_id) SELECT count(*) FROM inserted`;
  await client.query('BEGIN');
  const b3 = await ds.query(`SELECT person_id FROM (SELECT DISTINCT person_id FROM alert_rule ORDER BY 1) p OFFSET 30000 LIMIT 1001`);
  const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, [id, [], b3[0].person_id, b3[1000].person_id, fid]);
  console.log(plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
  await client.query('ROLLBACK');
  const b2 = await ds.query(`SELECT person_id FROM (SELECT DISTINCT person_id FROM alert_rule ORDER BY 1) p OFFSET 10000 LIMIT 1001`);
  const t = Date.now();
  await client.query('BEGIN');
  await client.query(sql, [id, [], b2[0].person_id, b2[1000].person_id, fid]);
  await client.query('COMMIT');
  console.log('real chunk insert ms', Date.now() - t);
  await client.end(); await ds.destroy(); await db.drop();
}
main();
