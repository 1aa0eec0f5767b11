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

type Log = (line: string) => void;

async function onServer(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty database on DATABASE_URL's server when it is set, otherwise a throwaway embedded
 * PostgreSQL in a temporary directory. `purpose` names it: "fanout" → pathways_bench_fanout_….
 */
export async function scratchDatabase(purpose: string, log: Log): Promise<ScratchDatabase> {
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) {
    const name = `pathways_bench_${purpose}_${process.pid}_${Date.now().toString(36)}`;
    await onServer(serverUrl, `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    log(`scratch database ${name} on DATABASE_URL's server`);
    return {
      url: url.toString(),
      drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), `pathways-bench-${purpose}-`));
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

/** A scratch database with every migration run. */
export async function openScratchDatabase(purpose: string, log: Log): Promise<ScratchDatabase> {
  const scratch = await scratchDatabase(purpose, log);
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
