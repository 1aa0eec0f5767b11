import { loadConfig } from '@pathways/api-core';
import type { DataSource } from 'typeorm';
import { createMailTransport } from '../create-mail-transport';

const dataSource = {} as DataSource;

describe(createMailTransport.name, () => {
  it('uses the local outbox by default, which sends through the caller’s transaction', () => {
    const transport = createMailTransport(loadConfig({}), dataSource);
    expect(transport).toMatchObject({ kind: 'outbox', transactional: true });
  });

  it('uses SMTP or GOV.UK Notify when MAIL_TRANSPORT says so', () => {
    const smtp = createMailTransport(
      loadConfig({ MAIL_TRANSPORT: 'smtp', SMTP_URL: 'smtp://127.0.0.1:2525' }),
      dataSource,
    );
    expect(smtp).toMatchObject({ kind: 'smtp', transactional: false });
    const notify = createMailTransport(
      loadConfig({
        MAIL_TRANSPORT: 'notify',
        NOTIFY_API_KEY: 'key',
        NOTIFY_TEMPLATE_VACANCY_ALERT: 'f33517ff-2a88-4f6e-b855-c550268ce08a',
        NOTIFY_TEMPLATE_VACANCY_DIGEST: 'f33517ff-2a88-4f6e-b855-c550268ce08b',
      }),
      dataSource,
    );
    expect(notify).toMatchObject({ kind: 'notify', transactional: false });
  });
});
