import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@pathways/api-notifications';
import { DataSource } from 'typeorm';
import { LONDON_TODAY_SQL } from '../london-date';
import { AlertFanoutEntity } from './alert-fanout.entity';
import { alertNotification, NotifiedVacancy } from './alert-notification';
import { EmailDeliveryService } from './email-delivery.service';
import { ChunkJobData, EmailJobData, JOBS } from './job-names';
import { JobQueue } from './job-queue.service';
import { recipientChannelsSql } from './recipients.sql';

export interface ChunkResult {
  inApp: number;
  email: number;
  digest: number;
}

// In-app instant alerts are delivered by the notification written in the same transaction, so
// they are born sent; the rest wait for the e-mail job or the weekly digest.
const insertAlertsSql = (channelsSql: string) => `
  WITH candidates AS (${channelsSql}),
  inserted AS (
    INSERT INTO alert (vacancy_id, person_id, channel, timing, rule_id, fanout_id, status, sent_at)
    SELECT $1, c.person_id, c.channel, c.timing, c.rule_id, $5,
           CASE WHEN c.channel = 'in_app' AND c.timing = 'instant' THEN 'sent' ELSE 'pending' END,
           CASE WHEN c.channel = 'in_app' AND c.timing = 'instant' THEN now() END
    FROM candidates c
    ON CONFLICT ON CONSTRAINT "UQ_alert_vacancy_person_channel" DO NOTHING
    RETURNING person_id, channel, timing
  )
  SELECT person_id, channel, timing FROM inserted`;

/**
 * One chunk of a fan-out, in one transaction: alert rows (a person already alerted on a channel
 * is skipped by the unique key), their in-app notifications, and their e-mails — written to the
 * outbox right here, or for SMTP and Notify handed to an e-mail job enqueued in the same
 * transaction. Run twice, the second run finds every row present and does nothing.
 */
@Injectable()
export class AlertChunkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
    private readonly emails: EmailDeliveryService,
  ) {}

  async run(job: ChunkJobData): Promise<ChunkResult> {
    return this.dataSource.transaction(async (manager) => {
      const fanout = await manager
        .getRepository(AlertFanoutEntity)
        .findOne({ where: { id: job.fanoutId } });
      const [vacancy]: NotifiedVacancy[] = fanout
        ? await manager.query(
            `SELECT v.id, v.title, d.name AS "departmentName",
                    to_char(v.closing_date, 'YYYY-MM-DD') AS "closingDate"
             FROM vacancy v JOIN department d ON d.code = v.department_code
             WHERE v.id = $1 AND v.status = 'open' AND v.closing_date >= ${LONDON_TODAY_SQL}`,
            [fanout.vacancyId],
          )
        : [];
      // A vacancy closed before its chunk ran alerts nobody.
      if (!fanout || !vacancy) return { inApp: 0, email: 0, digest: 0 };
      const channels = recipientChannelsSql(fanout.audience);
      const rows: { person_id: string; channel: string; timing: string }[] = await manager.query(
        insertAlertsSql(channels),
        [fanout.vacancyId, fanout.networkIds, job.from, job.to, fanout.id],
      );
      const instant = (channel: string) =>
        rows.filter((row) => row.channel === channel && row.timing === 'instant');
      const inApp = instant('in_app').map((row) => row.person_id);
      await this.notifications.notify(inApp, alertNotification(fanout.kind, vacancy), manager);
      const email = instant('email').length;
      const range = { from: job.from, to: job.to };
      if (email > 0 && this.emails.sendsInTransaction)
        await this.emails.deliverWithin(manager, {
          kind: 'instant',
          vacancyId: fanout.vacancyId,
          range,
        });
      else if (email > 0) {
        const emailJob: EmailJobData = { vacancyId: fanout.vacancyId, ...range };
        await this.jobs.send(JOBS.email, emailJob, manager);
      }
      return { inApp: inApp.length, email, digest: rows.length - inApp.length - email };
    });
  }
}
