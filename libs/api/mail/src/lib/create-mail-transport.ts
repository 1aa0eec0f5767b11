import type { AppConfig } from '@pathways/api-core';
import type { DataSource } from 'typeorm';
import type { MailTransport } from './mail-transport';
import { NotifyMailTransport } from './notify/notify-mail.transport';
import { OutboxMailTransport } from './outbox/outbox-mail.transport';
import { SmtpMailTransport } from './smtp/smtp-mail.transport';

/** The transport MAIL_TRANSPORT names. */
export function createMailTransport(config: AppConfig, dataSource: DataSource): MailTransport {
  switch (config.mailTransport) {
    case 'outbox':
      return new OutboxMailTransport(dataSource);
    case 'smtp':
      return new SmtpMailTransport(config);
    case 'notify':
      return new NotifyMailTransport(config);
  }
}
