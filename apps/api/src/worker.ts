// `npm run worker`: the vacancy alert worker (pg-boss jobs on the application's database).
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import {
  ConfigError,
  EmbeddedPostgresError,
  loadConfig,
  resolveDatabase,
} from '@pathways/api-core';
import { startWorker } from '@pathways/api-vacancies';
import { WorkerModule } from './worker.module';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  // Without DATABASE_URL this joins the embedded server the API started on the same DATA_DIR.
  const database = await resolveDatabase(config, log);
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(config, database.url),
    { logger: ['error', 'warn'] },
  );
  const worker = await startWorker(app, { log });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping the worker…`);
    await worker.stop();
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedPostgresError)
    log(`The worker could not start: ${error.message}`);
  else log(`The worker could not start: ${(error as Error)?.stack ?? String(error)}`);
  process.exit(1);
});
