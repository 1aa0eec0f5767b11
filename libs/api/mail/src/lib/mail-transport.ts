import type { MailTransportKind } from '@pathways/api-core';
import type { EntityManager } from 'typeorm';
import type { MailMessage, MailOutcome } from './mail-message';

export interface MailTransport {
  readonly kind: MailTransportKind;
  /**
   * True when the message is written through the caller's transaction (the outbox), so that it
   * exists exactly when the caller's change commits. Otherwise sending is outside any transaction.
   */
  readonly transactional: boolean;
  /** Sends one message; rejects when it was not accepted. */
  send(message: MailMessage, manager?: EntityManager): Promise<MailOutcome & { ok: true }>;
  /** Sends several; one outcome per message, in order, never rejecting for a single failure. */
  sendAll(messages: readonly MailMessage[], manager?: EntityManager): Promise<MailOutcome[]>;
}

/** Injection token of the transport MAIL_TRANSPORT selects. */
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
