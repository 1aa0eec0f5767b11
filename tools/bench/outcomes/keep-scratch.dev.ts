// TEMPORARY dev helper (deleted before hand-over): loads the benchmark data into database bench2.
import { dataSourceOptions } from '@pathways/api-core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { GENERATE_DATA_SQL } from './generate-data.sql';

async function main() {
  const admin = new Client({ connectionString: 'postgresql://pathways:pathways@127.0.0.1:55432/postgres' });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS bench2');
  await admin.query('CREATE DATABASE bench2');
  await admin.end();
  const url = 'postgresql://pathways:pathways@127.0.0.1:55432/bench2';
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  const client = new Client({ connectionString: url });
  await client.connect();
  for (const sql of GENERATE_DATA_SQL) await client.query(sql);
  await client.end();
}
main();
