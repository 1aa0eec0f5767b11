import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@pathways/api-core';
import { DataSource } from 'typeorm';
import { JOBS } from './job-names';
import { JobQueue } from './job-queue.service';

/**
 * A safety net run every few minutes: work whose job crashed after its retries, or whose
 * "sending" rows outlived the retry, is enqueued again. Every job it sends is idempotent.
 */
@Injectable()
export class AlertSweepService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<void> {
    const lease = this.config.jobTimeoutSeconds;
    await this.dataSource.transaction(async (manager) => {
      // Possibly sent twice already: a third try could make a third copy, so stop and say so.
      await manager.query(
        `UPDATE alert SET status = 'failed'
         WHERE status = 'sending' AND attempts >= 2 AND claimed_at < now() - make_interval(secs => $1)`,
        [lease],
      );
      const stale: { vacancy_id: string }[] = await manager.query(
        `SELECT DISTINCT vacancy_id FROM alert
         WHERE channel = 'email' AND timing = 'instant'
           AND ((status = 'pending' AND created_at < now() - make_interval(secs => $1))
             OR (status = 'sending' AND claimed_at < now() - make_interval(secs => $1)))`,
        [lease],
      );
      await this.jobs.insert(
        JOBS.email,
        stale.map((row) => ({ vacancyId: row.vacancy_id, from: null, to: null })),
        manager,
      );
      const unsplit: { id: string }[] = await manager.query(
        `SELECT id FROM alert_fanout
         WHERE chunks_enqueued_at IS NULL AND created_at < now() - make_interval(secs => $1)`,
        [lease],
      );
      await this.jobs.insert(
        JOBS.fanout,
        unsplit.map((row) => ({ fanoutId: row.id })),
        manager,
      );
    });
  }
}
