import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedDatabase, startEmbeddedPostgres } from '@pathways/api-core';
import { ADMIN_URL_VARIABLE, createTemplateDatabase } from './test-database';

interface TestServerState {
  server?: EmbeddedDatabase;
  dataDir?: string;
}
const state = globalThis as typeof globalThis & { pathwaysTestServer?: TestServerState };

/** One real PostgreSQL per test run: DATABASE_URL's server when set, otherwise an embedded one. */
export async function globalSetup(): Promise<void> {
  if (process.env['DATABASE_URL']) {
    process.env[ADMIN_URL_VARIABLE] = process.env['DATABASE_URL'];
    state.pathwaysTestServer = {};
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'pathways-test-'));
    chmodSync(dataDir, 0o755); // the postgres user must reach it
    const server = await startEmbeddedPostgres({ dataDir, port: null });
    process.env[ADMIN_URL_VARIABLE] = server.url;
    state.pathwaysTestServer = { server, dataDir };
  }
  await createTemplateDatabase();
}

export async function globalTeardown(): Promise<void> {
  const { server, dataDir } = state.pathwaysTestServer ?? {};
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
