import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
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
  /** Graceful: lets running jobs finish (up to 30 s) before closing. Safe to call twice. */
  stop(): Promise<void>;
}

// Polling rather than LISTEN/NOTIFY: pg-boss's listening connection can die unheard when the
// database stops at the same moment as the worker (the embedded one does, on Ctrl+C).
const PROMPT: WorkOptions = { pollingIntervalSeconds: 0.5 };
const UNHURRIED: WorkOptions = { pollingIntervalSeconds: 5 };

// While a fetch comes back full, fetch again at once rather than waiting out the poll.
const BUSY: WorkOptions = { batchSize: 4, burstWhenBatchFull: true, localConcurrency: 4 };

/** Digest on Monday mornings (UK time); the safety-net sweep every five minutes. */
export const DIGEST_CRON = '0 8 * * 1';
export const SWEEP_CRON = '*/5 * * * *';

/**
 * The alert worker: pg-boss on the application's own database, a handler per queue, and the
 * weekly and sweep schedules. It stops with the application, however that is closed.
 */
@Injectable()
export class AlertWorker implements BeforeApplicationShutdown {
  private readonly running = new Set<RunningWorker>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly fanout: FanoutService,
    private readonly chunks: AlertChunkService,
    private readonly emails: EmailDeliveryService,
    private readonly digests: DigestService,
    private readonly sweep: AlertSweepService,
  ) {}

  async start({ log = () => undefined }: WorkerOptions = {}): Promise<RunningWorker> {
    const { url } = this.dataSource.options as { url?: string };
    if (!url) throw new Error('The worker needs the database URL');
    const PgBossClass = await loadPgBoss();
    const boss: PgBoss = new PgBossClass(bossOptions(url, this.config, true));
    boss.on('error', (error) => log(`worker: ${error.message}`));
    await boss.start();
    await ensureQueues(boss, this.config);
    const each =
      <T>(handle: (data: T) => Promise<unknown>) =>
      async (jobs: Job<T>[]) => {
        for (const job of jobs) {
          try {
            await handle(job.data);
          } catch (error) {
            log(
              `worker: ${job.name} job ${job.id} failed, to be retried: ${(error as Error).message}`,
            );
            throw error;
          }
        }
      };
    await boss.work<FanoutJobData>(
      JOBS.fanout,
      PROMPT,
      each(async ({ fanoutId }) =>
        log(`fan-out ${fanoutId}: ${await this.fanout.run(fanoutId)} people`),
      ),
    );
    await boss.work<ChunkJobData>(
      JOBS.chunk,
      { ...PROMPT, ...BUSY },
      each((data) => this.chunks.run(data)),
    );
    await boss.work<EmailJobData>(
      JOBS.email,
      { ...PROMPT, ...BUSY },
      each(({ vacancyId, from, to }) =>
        this.emails.deliver({ kind: 'instant', vacancyId, range: { from, to } }),
      ),
    );
    await boss.work(
      JOBS.digest,
      UNHURRIED,
      each(() => this.digests.schedule()),
    );
    await boss.work<PersonRange>(
      JOBS.digestChunk,
      { ...UNHURRIED, ...BUSY },
      each((range) => this.digests.runChunk(range)),
    );
    await boss.work(
      JOBS.sweep,
      UNHURRIED,
      each(() => this.sweep.run()),
    );
    await boss.schedule(JOBS.digest, DIGEST_CRON, null, { tz: 'Europe/London' });
    await boss.schedule(JOBS.sweep, SWEEP_CRON);
    log('worker: ready');

    let stopping: Promise<void> | null = null;
    const worker: RunningWorker = {
      stop: () => {
        stopping ??= boss.stop({ graceful: true, timeout: 30_000, close: true }).finally(() => {
          this.running.delete(worker);
        });
        return stopping;
      },
    };
    this.running.add(worker);
    return worker;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.running].map((worker) => worker.stop()));
  }
}
