import type { AppConfig } from '@pathways/api-core';
import type { ConstructorOptions, PgBoss, Queue } from 'pg-boss';
import { JOBS } from './job-names';

/** Every job is idempotent, so retrying generously loses nothing and duplicates nothing. */
export const queueOptions = (
  config: Pick<AppConfig, 'jobTimeoutSeconds'>,
): Omit<Queue, 'name'> => ({
  // A job still active after this is taken to have crashed, and is retried.
  expireInSeconds: config.jobTimeoutSeconds,
  retryLimit: 50,
  retryDelay: 1,
  retryBackoff: true,
  retryDelayMax: 300,
  deleteAfterSeconds: 7 * 24 * 3600,
});

export function bossOptions(
  databaseUrl: string,
  config: Pick<AppConfig, 'jobTimeoutSeconds'>,
  worker: boolean,
): ConstructorOptions {
  // Expired jobs are found by supervision: look often enough to take over within a timeout.
  const interval = Math.max(1, Math.min(60, Math.floor(config.jobTimeoutSeconds / 2)));
  return {
    connectionString: databaseUrl,
    application_name: worker ? 'pathways-worker' : 'pathways-jobs',
    max: worker ? 8 : 2,
    supervise: worker,
    schedule: worker,
    superviseIntervalSeconds: interval,
    monitorIntervalSeconds: interval,
    registerInstance: worker,
  };
}

/** Creates the queues (idempotent) and brings their options up to date. */
export async function ensureQueues(
  boss: PgBoss,
  config: Pick<AppConfig, 'jobTimeoutSeconds'>,
): Promise<void> {
  const options = queueOptions(config);
  const { retryDelayMax: _notUpdatable, ...updatable } = options;
  for (const name of Object.values(JOBS)) {
    await boss.createQueue(name, options);
    await boss.updateQueue(name, updatable);
  }
}
