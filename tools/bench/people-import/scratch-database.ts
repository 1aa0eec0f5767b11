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

async function withClient(url: string, work: (client: Client) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database: a new database on DATABASE_URL's server when it is set,
 * otherwise a throwaway embedded PostgreSQL in a temporary directory.
 */
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

async function createScratch(log: (line: string) => void): Promise<ScratchDatabase> {
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) {
    const name = `pathways_bench_import_${process.pid}_${Date.now().toString(36)}`;
    await withClient(serverUrl, (client) =>
      client.query(`CREATE DATABASE ${name}`).then(() => undefined),
    );
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    log(`scratch database ${name} on DATABASE_URL's server`);
    return {
      url: url.toString(),
      drop: () =>
        withClient(serverUrl, (client) =>
          client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined),
        ),
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'pathways-bench-import-'));
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
