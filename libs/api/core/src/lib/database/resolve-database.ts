import { AppConfig } from '../config/app-config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';

/** DATABASE_URL when set; otherwise the project's own embedded PostgreSQL under DATA_DIR. */
export async function resolveDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir' | 'embeddedPostgresPort'>,
  log?: (message: string) => void,
): Promise<EmbeddedDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, startedHere: false, stop: async () => undefined };
  }
  return startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, log });
}
