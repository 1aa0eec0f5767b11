import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@pathways/api-notifications';
import { DataSource } from 'typeorm';
import { DIGEST_NOTIFICATION } from './alert-notification';
import { EmailDeliveryService } from './email-delivery.service';
import { JOBS, PersonRange, rangesFrom } from './job-names';
import { JobQueue } from './job-queue.service';

/** People per digest chunk: each gets one e-mail listing the week's matches. */
const DIGEST_CHUNK_PEOPLE = 500;

@Injectable()
export class DigestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
    private readonly emails: EmailDeliveryService,
  ) {}

  /** The weekly job: one chunk job per few hundred people with digest matches waiting. */
  async schedule(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { person_id: string; n: string }[] = await manager.query(
        `SELECT person_id, n FROM (
           SELECT person_id, row_number() OVER (ORDER BY person_id) AS n
           FROM (SELECT DISTINCT person_id FROM alert
                 WHERE timing = 'digest' AND status = 'pending') AS people
         ) AS numbered WHERE n % $1 = 1`,
        [DIGEST_CHUNK_PEOPLE],
      );
      if (rows.length === 0) return 0;
      const ranges = rangesFrom(rows.filter((row) => row.n !== '1').map((row) => row.person_id));
      await this.jobs.insert(JOBS.digestChunk, ranges, manager);
      return ranges.length;
    });
  }

  /** One in-app message and one e-mail per person in the range, each exactly once. */
  async runChunk(range: PersonRange): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const rows: { id: string; person_id: string }[] = await manager.query(
        `SELECT id, person_id FROM alert
         WHERE channel = 'in_app' AND timing = 'digest' AND status = 'pending'
           AND ($1::uuid IS NULL OR person_id >= $1::uuid) AND ($2::uuid IS NULL OR person_id < $2::uuid)
         FOR UPDATE SKIP LOCKED`,
        [range.from, range.to],
      );
      await this.notifications.notify(
        rows.map((row) => row.person_id),
        DIGEST_NOTIFICATION,
        manager,
      );
      await manager.query(
        `UPDATE alert SET status = 'sent', sent_at = now() WHERE id = ANY ($1::bigint[])`,
        [rows.map((row) => row.id)],
      );
    });
    await this.emails.deliver({ kind: 'digest', range });
  }
}
