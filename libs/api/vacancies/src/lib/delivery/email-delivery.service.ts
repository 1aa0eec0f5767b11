import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@pathways/api-core';
import { MAIL_TRANSPORT, MailMessage, MailTransport } from '@pathways/api-mail';
import { DataSource, EntityManager } from 'typeorm';
import { digestEmail, EmailContext, instantAlertEmail } from './alert-email';
import { emailVacancies } from './email-vacancies';
import { CHUNK_SIZE, PersonRange } from './job-names';

/** Pending e-mail alerts to send: one vacancy's instant alerts, or the weekly digests. */
export type EmailScope =
  | { kind: 'instant'; vacancyId: string; range: PersonRange }
  | { kind: 'digest'; range: PersonRange };

interface ClaimedRow {
  id: string;
  person_id: string;
  rule_id: string | null;
  vacancy_id: string;
  email: string | null;
  given_name: string;
}

/** One e-mail and the alert rows it delivers. */
interface Unit {
  alertIds: string[];
  message: MailMessage;
}

// A chunk job's e-mails (CHUNK_SIZE) in one transaction.
const INSTANT_BATCH = CHUNK_SIZE;

/**
 * The claim: rows still to send, plus rows a crashed sender left "sending" longer than a job
 * timeout ago — but only if they have not already been possibly-sent twice.
 */
function claimSql(scope: EmailScope, limit: number | null): string {
  const which =
    scope.kind === 'instant' ? `a.vacancy_id = $3 AND a.timing = 'instant'` : `a.timing = 'digest'`;
  return `
    SELECT a.id, a.person_id, a.rule_id, a.vacancy_id, p.email, p.given_name
    FROM alert a JOIN person p ON p.id = a.person_id
    WHERE a.channel = 'email' AND ${which}
      AND ($1::uuid IS NULL OR a.person_id >= $1::uuid) AND ($2::uuid IS NULL OR a.person_id < $2::uuid)
      AND (a.status = 'pending'
           OR (a.status = 'sending' AND a.attempts < 2
               AND a.claimed_at < now() - make_interval(secs => $${scope.kind === 'instant' ? 4 : 3})))
    ORDER BY a.person_id, a.id
    ${limit ? `LIMIT ${limit}` : ''}
    FOR UPDATE OF a SKIP LOCKED`;
}

/**
 * Sends e-mail alerts so that each reaches its person once. Through the outbox the message and
 * the "sent" mark commit together: exactly once. Through SMTP or Notify the send cannot join a
 * transaction, so a row is marked "sending" (committed) before the send and "sent" after; a crash
 * between the two leaves it for one more attempt after the job timeout, and never a third.
 */
@Injectable()
export class EmailDeliveryService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** True when e-mails can be sent inside the transaction that creates their alerts. */
  get sendsInTransaction(): boolean {
    return this.transport.transactional;
  }

  /**
   * With a transactional transport (the outbox), sends the pending e-mails in scope through the
   * caller's transaction: the alert rows, the messages and the "sent" marks commit together.
   */
  async deliverWithin(manager: EntityManager, scope: EmailScope): Promise<number> {
    if (!this.transport.transactional) throw new Error('This transport cannot join a transaction');
    return (await this.sendClaimed(manager, scope)).sent;
  }

  /** Sends everything in scope; returns how many e-mails went. Rejects if any send failed. */
  async deliver(scope: EmailScope): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = this.transport.transactional
        ? await this.deliverInTransaction(scope)
        : await this.deliverAroundTransactions(scope);
      sent += batch.sent;
      if (batch.failed > 0)
        throw new Error(`${batch.failed} e-mail(s) were not accepted; they will be retried`);
      // A short batch took the last rows; any that arrive later are the sweep's.
      if (batch.claimed < INSTANT_BATCH || scope.kind === 'digest') return sent;
    }
  }

  private deliverInTransaction(scope: EmailScope) {
    return this.dataSource.transaction((manager) => this.sendClaimed(manager, scope));
  }

  private async sendClaimed(manager: EntityManager, scope: EmailScope) {
    const rows = await this.claim(manager, scope);
    const { units, cancelled } = await this.compose(manager, scope, rows);
    await this.transport.sendAll(
      units.map((unit) => unit.message),
      manager,
    );
    await markSent(
      manager,
      units.flatMap((unit) => unit.alertIds),
    );
    await markCancelled(manager, cancelled);
    return { claimed: rows.length, sent: units.length, failed: 0 };
  }

  private async deliverAroundTransactions(scope: EmailScope) {
    const { rows, units, cancelled } = await this.dataSource.transaction(async (manager) => {
      const claimed = await this.claim(manager, scope);
      await manager.query(
        `UPDATE alert SET status = 'sending', attempts = attempts + 1, claimed_at = now()
         WHERE id = ANY ($1::bigint[])`,
        [claimed.map((row) => row.id)],
      );
      return { rows: claimed, ...(await this.compose(manager, scope, claimed)) };
    });
    const outcomes = await this.transport.sendAll(units.map((unit) => unit.message));
    const ok = units.filter((_, i) => outcomes[i].ok).flatMap((unit) => unit.alertIds);
    const failed = units.filter((_, i) => !outcomes[i].ok).flatMap((unit) => unit.alertIds);
    await this.dataSource.transaction(async (manager) => {
      await markSent(manager, ok);
      await markCancelled(manager, cancelled);
      // Refused outright, so not delivered: back to pending without counting an attempt.
      await manager.query(
        `UPDATE alert SET status = 'pending', attempts = attempts - 1, claimed_at = NULL
         WHERE id = ANY ($1::bigint[])`,
        [failed],
      );
    });
    return { claimed: rows.length, sent: units.length - failed.length, failed: failed.length };
  }

  private claim(manager: EntityManager, scope: EmailScope): Promise<ClaimedRow[]> {
    const lease = this.config.jobTimeoutSeconds;
    const { from, to } = scope.range;
    return scope.kind === 'instant'
      ? manager.query(claimSql(scope, INSTANT_BATCH), [from, to, scope.vacancyId, lease])
      : manager.query(claimSql(scope, null), [from, to, lease]);
  }

  private async compose(manager: EntityManager, scope: EmailScope, rows: readonly ClaimedRow[]) {
    const context: EmailContext = {
      publicUrl: this.config.publicUrl,
      sessionSecret: this.config.sessionSecret,
    };
    const vacancyIds = [...new Set(rows.map((row) => row.vacancy_id))];
    const vacancies = await emailVacancies(manager, vacancyIds, scope.kind === 'digest');
    const units: Unit[] = [];
    const cancelled: string[] = [];
    const recipient = (row: ClaimedRow & { email: string }) => ({
      personId: row.person_id,
      email: row.email,
      givenName: row.given_name,
      ruleId: scope.kind === 'instant' ? row.rule_id : null,
    });
    if (scope.kind === 'instant') {
      for (const row of rows) {
        const vacancy = vacancies.get(row.vacancy_id);
        if (!row.email || !vacancy) cancelled.push(row.id);
        else
          units.push({
            alertIds: [row.id],
            message: instantAlertEmail(
              row.id,
              recipient({ ...row, email: row.email }),
              vacancy,
              context,
            ),
          });
      }
      return { units, cancelled };
    }
    const byPerson = new Map<string, ClaimedRow[]>();
    for (const row of rows)
      byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), row]);
    for (const personRows of byPerson.values()) {
      const first = personRows[0];
      const open = personRows.filter((row) => vacancies.has(row.vacancy_id));
      cancelled.push(...personRows.filter((row) => !open.includes(row)).map((row) => row.id));
      if (!first.email || open.length === 0) {
        cancelled.push(...open.map((row) => row.id));
        continue;
      }
      const listed = open.flatMap((row) => vacancies.get(row.vacancy_id) ?? []);
      units.push({
        alertIds: open.map((row) => row.id),
        message: digestEmail(
          open[0].id,
          recipient({ ...first, email: first.email }),
          listed,
          context,
        ),
      });
    }
    return { units, cancelled };
  }
}

const markSent = (manager: EntityManager, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve()
    : manager.query(
        `UPDATE alert SET status = 'sent', sent_at = now(), claimed_at = NULL
         WHERE id = ANY ($1::bigint[])`,
        [ids],
      );

const markCancelled = (manager: EntityManager, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve()
    : manager.query(`UPDATE alert SET status = 'cancelled' WHERE id = ANY ($1::bigint[])`, [ids]);
