import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@pathways/api-core';
import { DataSource } from 'typeorm';
import { UnsubscribeScope, verifyUnsubscribeToken } from './unsubscribe-token';

@Injectable()
export class UnsubscribeService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The scope of a genuine token; null for a malformed or tampered one. */
  check(token: unknown): UnsubscribeScope | null {
    return verifyUnsubscribeToken(this.config.sessionSecret, token);
  }

  /**
   * Stops the e-mails the token names (one rule's, or all), including any not sent yet.
   * Idempotent: the second click changes nothing and still succeeds.
   */
  async unsubscribe(token: unknown): Promise<boolean> {
    const scope = this.check(token);
    if (!scope) return false;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE alert_rule SET email = false, updated_at = now()
         WHERE person_id = $1 AND ($2::uuid IS NULL OR id = $2::uuid) AND email`,
        [scope.personId, scope.ruleId],
      );
      await manager.query(
        `UPDATE alert SET status = 'cancelled'
         WHERE person_id = $1 AND channel = 'email' AND status = 'pending'
           AND ($2::uuid IS NULL OR rule_id = $2::uuid)`,
        [scope.personId, scope.ruleId],
      );
    });
    return true;
  }
}
