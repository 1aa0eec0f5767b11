export * from './lib/mail.module';
export * from './lib/mail-message';
export * from './lib/mail-transport';
export * from './lib/create-mail-transport';
export * from './lib/outbox/mail-outbox.entity';
export * from './lib/outbox/outbox-mail.transport';
export * from './lib/smtp/smtp-mail.transport';
export * from './lib/notify/notify-mail.transport';
