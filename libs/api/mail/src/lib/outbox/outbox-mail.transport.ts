import type { DataSource, EntityManager } from 'typeorm';
import type { MailMessage, MailOutcome } from '../mail-message';
import type { MailTransport } from '../mail-transport';

const INSERT_MANY = `
  INSERT INTO mail_outbox
    (to_address, person_id, subject, text_body, html_body, headers, template_id, personalisation, reference)
  SELECT m.to_address, m.person_id, m.subject, m.text_body, m.html_body, m.headers::jsonb,
         m.template_id, m.personalisation::jsonb, m.reference
  FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
              $8::text[], $9::text[])
    AS m(to_address, person_id, subject, text_body, html_body, headers, template_id,
         personalisation, reference)
  ON CONFLICT (reference) DO NOTHING
  RETURNING id, reference`;

/**
 * The local outbox: "sending" is writing a row, through the caller's transaction when given,
 * so a message exists exactly when the change that sent it commits.
 */
export class OutboxMailTransport implements MailTransport {
  readonly kind = 'outbox' as const;
  readonly transactional = true;

  constructor(private readonly dataSource: DataSource) {}

  async send(message: MailMessage, manager?: EntityManager): Promise<MailOutcome & { ok: true }> {
    const [outcome] = await this.sendAll([message], manager);
    if (!outcome?.ok) throw new Error('The outbox did not store the message');
    return outcome;
  }

  /** One statement for the whole batch; a reference already stored is not stored again. */
  async sendAll(messages: readonly MailMessage[], manager?: EntityManager): Promise<MailOutcome[]> {
    if (messages.length === 0) return [];
    const column = <T>(pick: (message: MailMessage) => T) => messages.map(pick);
    const json = (value: object | undefined) =>
      value === undefined ? null : JSON.stringify(value);
    const rows: { id: string; reference: string | null }[] = await (
      manager ?? this.dataSource.manager
    ).query(INSERT_MANY, [
      column((m) => m.to),
      column((m) => m.recipientPersonId ?? null),
      column((m) => m.subject),
      column((m) => m.text),
      column((m) => m.html ?? null),
      column((m) => JSON.stringify(m.headers)),
      column((m) => m.templateId ?? null),
      column((m) => json(m.personalisation)),
      column((m) => m.reference ?? null),
    ]);
    const idByReference = new Map(rows.map((row) => [row.reference, row.id]));
    // A message whose reference was already stored was delivered before: that is success too.
    return messages.map((m): MailOutcome => ({
      ok: true,
      providerId: m.reference ? (idByReference.get(m.reference) ?? null) : null,
    }));
  }
}
