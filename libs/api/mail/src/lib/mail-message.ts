import type { MailTemplateKey } from '@pathways/api-core';

/** One e-mail to one person, in the form every transport takes. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058). */
  headers: Record<string, string>;
  /** Which GOV.UK Notify template renders it: Notify composes the e-mail from personalisation. */
  templateId?: MailTemplateKey;
  personalisation?: Record<string, string>;
  /** Who it is for, so they can read it in the outbox; never sent anywhere. */
  recipientPersonId?: string | null;
  /** Unique per message: the outbox stores a reference once; Notify keeps it for reconciliation. */
  reference?: string;
}

/** What happened to one message of a batch. */
export type MailOutcome = { ok: true; providerId: string | null } | { ok: false; error: string };
