import type { INestApplicationContext } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@pathways/api-core';
import type { Job, PgBoss, WorkOptions } from 'pg-boss';
import { DataSource } from 'typeorm';
import { AlertChunkService } from './alert-chunk.service';
import { AlertSweepService } from './alert-sweep.service';
import { DigestService } from './digest.service';
import { EmailDeliveryService } from './email-delivery.service';
import { FanoutService } from './fanout.service';
import { ChunkJobData, EmailJobData, FanoutJobData, JOBS, PersonRange } from './job-names';
import { loadPgBoss } from './load-pg-boss';
import { bossOptions, ensureQueues } from './queue-options';

export interface WorkerOptions {
  log?: (line: string) => void;
}

export interface RunningWorker {
  /** Graceful: lets running jobs finish (up to 30 s) before closing. */
  stop(): Promise<void>;
}

// New jobs wake the worker through LISTEN/NOTIFY; polling still finds retries that come due.
const POLLING: WorkOptions = { pollingIntervalSeconds: 0.5, notifyPollingIntervalSeconds: 1 };

// While a fetch comes back full, fetch again at once rather than waiting out the poll.
const BUSY_QUEUE: WorkOptions = {
  ...POLLING,
  batchSize: 4,
  burstWhenBatchFull: true,
  localConcurrency: 4,
};

/** Digest on Monday mornings (UK time); the safety-net sweep every five minutes. */
export const DIGEST_CRON = '0 8 * * 1';
export const SWEEP_CRON = '*/5 * * * *';

/**
 * Starts the alert worker on an application context that has VacanciesModule: pg-boss on the
 * application's own database, a handler per queue, and the weekly and sweep schedules.
 */
export async function startWorker(
  app: INestApplicationContext,
  { log = () => undefined }: WorkerOptions = {},
): Promise<RunningWorker> {
  const config = app.get<AppConfig>(APP_CONFIG);
  const { url } = app.get(DataSource).options as { url?: string };
  if (!url) throw new Error('The worker needs the database URL');
  const PgBossClass = await loadPgBoss();
  const boss: PgBoss = new PgBossClass(bossOptions(url, config, true));
  boss.on('error', (error) => log(`worker: ${error.message}`));
  await boss.start();
  await ensureQueues(boss, config);

  const fanout = app.get(FanoutService);
  const chunks = app.get(AlertChunkService);
  const emails = app.get(EmailDeliveryService);
  const digests = app.get(DigestService);
  const sweep = app.get(AlertSweepService);
  const each =
    <T>(handle: (data: T) => Promise<unknown>) =>
    async (jobs: Job<T>[]) => {
      for (const job of jobs) {
        try {
          await handle(job.data);
        } catch (error) {
          log(`worker: ${job.name} job ${job.id} failed, to be retried: ${(error as Error).message}`);
          throw error;
        }
      }
    };

  await boss.work<FanoutJobData>(JOBS.fanout, POLLING, each(async (data) => {
    const people = await fanout.run(data.fanoutId);
    log(`fan-out ${data.fanoutId}: ${people} people`);
  }));
  await boss.work<ChunkJobData>(JOBS.chunk, BUSY_QUEUE, each((data) => chunks.run(data)));
  await boss.work<EmailJobData>(
    JOBS.email,
    BUSY_QUEUE,
    each((data) => emails.deliver({ kind: 'instant', vacancyId: data.vacancyId, range: data })),
  );
  await boss.work(JOBS.digest, POLLING, each(() => digests.schedule()));
  await boss.work<PersonRange>(JOBS.digestChunk, BUSY_QUEUE, each((data) => digests.runChunk(data)));
  await boss.work(JOBS.sweep, POLLING, each(() => sweep.run()));
  await boss.schedule(JOBS.digest, DIGEST_CRON, null, { tz: 'Europe/London' });
  await boss.schedule(JOBS.sweep, SWEEP_CRON);
  log('worker: ready');

  return {
    stop: () => boss.stop({ graceful: true, timeout: 30_000, close: true }),
  };
}
