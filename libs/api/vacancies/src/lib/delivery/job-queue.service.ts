import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@pathways/api-core';
import type { PgBoss } from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import { bossDb } from './boss-db';
import type { JobName } from './job-names';
import { loadPgBoss } from './load-pg-boss';
import { bossOptions, ensureQueues } from './queue-options';

/** The producer side of pg-boss, in the same PostgreSQL as everything else. */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private boss: Promise<PgBoss> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Enqueues through the caller's transaction: the job exists exactly when the change commits. */
  async send(name: JobName, data: object, manager: EntityManager): Promise<void> {
    const boss = await this.started();
    await boss.send(name, data, { db: await bossDb(manager) });
  }

  /** Many jobs in one statement, through the caller's transaction. */
  async insert(name: JobName, jobs: readonly object[], manager: EntityManager): Promise<void> {
    if (jobs.length === 0) return;
    const boss = await this.started();
    await boss.insert(
      name,
      jobs.map((data) => ({ data })),
      { db: await bossDb(manager) },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = await this.boss?.catch(() => null);
    await boss?.stop({ graceful: false, close: true });
  }

  private started(): Promise<PgBoss> {
    this.boss ??= this.start().catch((error: unknown) => {
      this.boss = null;
      throw error;
    });
    return this.boss;
  }

  private async start(): Promise<PgBoss> {
    const { url } = this.dataSource.options as { url?: string };
    if (!url) throw new Error('The job queue needs the database URL');
    const PgBossClass = await loadPgBoss();
    const boss = new PgBossClass(bossOptions(url, this.config, false));
    boss.on('error', () => undefined); // a producer only sends; each send reports its own failure
    await boss.start();
    await ensureQueues(boss, this.config);
    return boss;
  }
}
