import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataSourceOptions, startEmbeddedPostgres } from '@pathways/api-core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createScratch(log: (line: string) => void): Promise<ScratchDatabase> {
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) {
    const name = `pathways_bench_outcomes_${process.pid}_${Date.now().toString(36)}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    log(`scratch database ${name} on DATABASE_URL's server`);
    return {
      url: url.toString(),
      drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'pathways-bench-outcomes-'));
  chmodSync(dataDir, 0o755); // the postgres user must reach it
  log(`scratch embedded PostgreSQL in ${dataDir}`);
  try {
    const server = await startEmbeddedPostgres({ dataDir, port: null, log });
    return {
      url: server.url,
      drop: async () => {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** A fresh, migrated database: on DATABASE_URL's server when set, else a throwaway embedded one. */
export async function openScratchDatabase(log: (line: string) => void): Promise<ScratchDatabase> {
  const scratch = await createScratch(log);
  try {
    const dataSource = new DataSource(dataSourceOptions(scratch.url));
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
    return scratch;
  } catch (error) {
    await scratch.drop();
    throw error;
  }
}
