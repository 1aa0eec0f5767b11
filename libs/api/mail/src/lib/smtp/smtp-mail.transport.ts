import type { AppConfig } from '@pathways/api-core';
import { createTransport } from 'nodemailer';
import type { MailMessage, MailOutcome } from '../mail-message';
import type { MailTransport } from '../mail-transport';
import { sendWithLimit } from '../send-with-limit';

const PARALLEL_SENDS = 5;

/** Any SMTP relay, from SMTP_URL (smtp:// or smtps://, credentials in the URL). */
export class SmtpMailTransport implements MailTransport {
  readonly kind = 'smtp' as const;
  readonly transactional = false;
  private readonly mailer;

  constructor(private readonly config: Pick<AppConfig, 'smtpUrl' | 'mailFrom'>) {
    if (!config.smtpUrl) throw new Error('SMTP_URL is required for the SMTP transport');
    this.mailer = createTransport(config.smtpUrl);
  }

  async send(message: MailMessage): Promise<MailOutcome & { ok: true }> {
    const info = await this.mailer.sendMail({
      from: this.config.mailFrom,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers,
    });
    return { ok: true, providerId: info.messageId ?? null };
  }

  sendAll(messages: readonly MailMessage[]): Promise<MailOutcome[]> {
    return sendWithLimit(messages, PARALLEL_SENDS, async (message) => {
      const outcome = await this.send(message);
      return outcome.providerId;
    });
  }

  close(): void {
    this.mailer.close();
  }
}
