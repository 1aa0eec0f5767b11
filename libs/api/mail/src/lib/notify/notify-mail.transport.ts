import type { AppConfig } from '@pathways/api-core';
import { NotifyClient } from 'notifications-node-client';
import type { MailMessage, MailOutcome } from '../mail-message';
import type { MailTransport } from '../mail-transport';
import { sendWithLimit } from '../send-with-limit';

const PARALLEL_SENDS = 5;

type NotifyConfig = Pick<AppConfig, 'notifyApiKey' | 'notifyBaseUrl' | 'notifyTemplateIds'>;

/** The List-Unsubscribe header's https link, which Notify sets as its one-click unsubscribe URL. */
function unsubscribeUrl(headers: Record<string, string>): string | undefined {
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'list-unsubscribe');
  return entry?.[1].match(/<(https?:[^>]+)>/)?.[1];
}

function describe(error: unknown): string {
  const response = (error as { response?: { status?: number; data?: unknown } }).response;
  if (response)
    return `GOV.UK Notify answered ${response.status}: ${JSON.stringify(response.data)}`;
  return error instanceof Error ? error.message : String(error);
}

/** GOV.UK Notify: the template (from config) composes the e-mail from the personalisation. */
export class NotifyMailTransport implements MailTransport {
  readonly kind = 'notify' as const;
  readonly transactional = false;
  private readonly client: NotifyClient;

  constructor(private readonly config: NotifyConfig) {
    if (!config.notifyApiKey) throw new Error('NOTIFY_API_KEY is required for GOV.UK Notify');
    this.client = config.notifyBaseUrl
      ? new NotifyClient(config.notifyBaseUrl, config.notifyApiKey)
      : new NotifyClient(config.notifyApiKey);
  }

  async send(message: MailMessage): Promise<MailOutcome & { ok: true }> {
    const templateId = message.templateId && this.config.notifyTemplateIds[message.templateId];
    if (!templateId) throw new Error(`No GOV.UK Notify template for "${message.templateId}"`);
    try {
      const response = await this.client.sendEmail(templateId, message.to, {
        personalisation: {
          subject: message.subject,
          body: message.text,
          ...message.personalisation,
        },
        reference: message.reference,
        oneClickUnsubscribeURL: unsubscribeUrl(message.headers),
      });
      return { ok: true, providerId: response.data.id };
    } catch (error) {
      throw new Error(describe(error));
    }
  }

  sendAll(messages: readonly MailMessage[]): Promise<MailOutcome[]> {
    return sendWithLimit(messages, PARALLEL_SENDS, async (message) => {
      const outcome = await this.send(message);
      return outcome.providerId;
    });
  }
}
