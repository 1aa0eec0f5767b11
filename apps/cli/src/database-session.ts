import { AppConfig, loadConfig, resolveDatabase } from '@pathways/api-core';
import { resolve } from 'node:path';

export interface DatabaseSession {
  config: AppConfig;
  url: string;
  close(): Promise<void>;
}

/**
 * The database a command works on: DATABASE_URL, else the embedded server of the data
 * directory (`--data-dir` or DATA_DIR) — reused when `npm start` already runs it, otherwise
 * started for this command and stopped when it ends.
 */
export async function openDatabase(dataDir: string | undefined): Promise<DatabaseSession> {
  const config = loadConfig({
    ...process.env,
    ...(dataDir ? { DATA_DIR: resolve(dataDir) } : {}),
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
  });
  const database = await resolveDatabase(config, (line) => process.stderr.write(`${line}\n`));
  return { config, url: database.url, close: () => database.stop() };
}
