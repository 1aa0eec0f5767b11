import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@pathways/api-core';
import { Client } from 'pg';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new database on DATABASE_URL's server, or a throwaway embedded PostgreSQL. */
export async function scratchDatabase(log: (line: string) => void): Promise<ScratchDatabase> {
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) {
    const name = `pathways_bench_fanout_${process.pid}_${Date.now().toString(36)}`;
    await onServer(serverUrl, `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    log(`scratch database ${name} on DATABASE_URL's server`);
    return {
      url: url.toString(),
      drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'pathways-bench-fanout-'));
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
