// TEMPORARY dev helper: builds the benchmark data in a persistent embedded server and leaves it running.
import { chmodSync, mkdirSync } from 'node:fs';
import { dataSourceOptions, startEmbeddedPostgres } from '@pathways/api-core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { GENERATE_DATA_SQL } from './generate-data.sql';

async function main() {
  const dataDir = '/tmp/benchpg';
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir, port: 55432 });
  const ds = new DataSource(dataSourceOptions(server.url));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  const client = new Client({ connectionString: server.url });
  await client.connect();
  for (const sql of GENERATE_DATA_SQL) { const t = Date.now(); await client.query(sql); process.stderr.write(`${(Date.now() - t) / 1000}s\n`); }
  await client.end();
  process.stdout.write(`${server.url}\n`);
}
main();
