import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import {
  ConfigError,
  configureHttp,
  DemoSeedService,
  EmbeddedPostgresError,
  loadConfig,
  resolveDatabase,
} from '@pathways/api-core';
import { startWorker } from '@pathways/api-vacancies';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';

async function bootstrap() {
  const config = loadConfig();
  const database = await resolveDatabase(config, (line) => process.stderr.write(`${line}\n`));
  const stopDatabase = async () => {
    await database.stop();
  };
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, database.url),
    {
      bufferLogs: true,
    },
  );
  app.useLogger(app.get(Logger));
  configureHttp(app, config);
  app.set('trust proxy', 1);
  // Signals are handled here, not by Nest's shutdown hooks, so that the app (and its worker)
  // closes before the database stops, once.
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    process.stderr.write(`\n${signal}: stopping Pathways…\n`);
    await app.close();
    await stopDatabase();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  const demoLines =
    process.env['PATHWAYS_SEED_DEMO'] === 'true' ? await app.get(DemoSeedService).seedDemo() : [];
  // The default setup (npm start) runs the alert worker in this process; production runs its
  // own (npm run worker). It stops when the app closes.
  // While stopping, the embedded server may go before the worker's connections: say nothing then.
  if (process.env['PATHWAYS_RUN_WORKER'] === 'true')
    await startWorker(app, { log: (line) => closing || process.stderr.write(`${line}\n`) });
  await app.listen(config.port, process.env['HOST'] ?? '0.0.0.0');
  process.stderr.write(
    [
      '',
      `Pathways is running at ${config.publicUrl}`,
      ...(demoLines.length
        ? ['', 'Demo sign-in details:', ...demoLines.map((line) => `  ${line}`)]
        : []),
      '',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedPostgresError) {
    process.stderr.write(`Pathways could not start: ${error.message}\n`);
  } else if ((error as NodeJS.ErrnoException)?.code === 'EADDRINUSE') {
    process.stderr.write(
      `Pathways could not start: port ${process.env['PORT'] ?? 3000} is taken (set PORT to a free port)\n`,
    );
  } else {
    process.stderr.write(`Pathways could not start: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});
