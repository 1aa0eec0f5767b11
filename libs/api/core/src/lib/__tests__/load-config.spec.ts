import { ConfigError } from '../config/app-config';
import { loadConfig } from '../config/load-config';

describe(loadConfig.name, () => {
  it('gives working defaults for a fresh machine', () => {
    const config = loadConfig({}, '/repo');
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: null,
      dataDir: '/repo/.data',
      embeddedPostgresPort: null,
      logLevel: 'info',
      publicUrl: 'http://localhost:3000',
      webDistDir: '/repo/dist/apps/web',
      mailTransport: 'outbox',
    });
  });

  it('reads every variable it is given', () => {
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        PORT: '8080',
        DATABASE_URL: 'postgres://u:p@db:5432/pathways',
        DATA_DIR: '/var/pathways',
        EMBEDDED_PG_PORT: '5555',
        LOG_LEVEL: 'warn',
        SESSION_SECRET: 'x'.repeat(32),
        PUBLIC_URL: 'https://pathways.example.gov.uk/',
        MAIL_TRANSPORT: 'smtp',
        SMTP_URL: 'smtp://mail:25',
      },
      '/repo',
    );
    expect(config).toMatchObject({
      nodeEnv: 'production',
      port: 8080,
      databaseUrl: 'postgres://u:p@db:5432/pathways',
      dataDir: '/var/pathways',
      embeddedPostgresPort: 5555,
      logLevel: 'warn',
      publicUrl: 'https://pathways.example.gov.uk',
      mailTransport: 'smtp',
      smtpUrl: 'smtp://mail:25',
    });
  });

  it('reads the GOV.UK Notify settings and the job timeout', () => {
    const alert = '4f2b1c3e-0000-4000-8000-00000000a1e7';
    const digest = '4f2b1c3e-0000-4000-8000-00000000d16e';
    const config = loadConfig(
      {
        MAIL_TRANSPORT: 'notify',
        NOTIFY_API_KEY: 'key',
        NOTIFY_BASE_URL: 'http://127.0.0.1:9999',
        NOTIFY_TEMPLATE_VACANCY_ALERT: alert,
        NOTIFY_TEMPLATE_VACANCY_DIGEST: digest,
        JOB_TIMEOUT_SECONDS: '30',
      },
      '/repo',
    );
    expect(config).toMatchObject({
      notifyBaseUrl: 'http://127.0.0.1:9999',
      notifyTemplateIds: { vacancy_alert: alert, vacancy_digest: digest },
      jobTimeoutSeconds: 30,
    });
  });

  it('needs no Notify templates for the other transports and times jobs out after 2 minutes', () => {
    expect(loadConfig({}, '/repo')).toMatchObject({
      notifyBaseUrl: null,
      notifyTemplateIds: { vacancy_alert: null, vacancy_digest: null },
      jobTimeoutSeconds: 120,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 0 to 65535 (got "eighty")'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535 (got "70000")'],
    [{ NODE_ENV: 'prod' }, 'NODE_ENV must be one of development, production, test (got "prod")'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must start with postgres: or postgresql:'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL is not a valid URL'],
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    ],
    [
      { NODE_ENV: 'production' },
      'SESSION_SECRET must be set to at least 32 characters in production',
    ],
    [{ MAIL_TRANSPORT: 'smtp' }, 'SMTP_URL is required when MAIL_TRANSPORT=smtp'],
    [{ MAIL_TRANSPORT: 'notify' }, 'NOTIFY_API_KEY is required when MAIL_TRANSPORT=notify'],
    [
      { MAIL_TRANSPORT: 'notify', NOTIFY_API_KEY: 'key' },
      'NOTIFY_TEMPLATE_VACANCY_ALERT is required when MAIL_TRANSPORT=notify',
    ],
    [
      { NOTIFY_TEMPLATE_VACANCY_DIGEST: 'weekly' },
      'NOTIFY_TEMPLATE_VACANCY_DIGEST must be a GOV.UK Notify template id (a UUID; got "weekly")',
    ],
    [{ NOTIFY_BASE_URL: 'ftp://notify' }, 'NOTIFY_BASE_URL must start with http: or https:'],
    [
      { JOB_TIMEOUT_SECONDS: '1' },
      'JOB_TIMEOUT_SECONDS must be a whole number from 2 to 3600 (got "1")',
    ],
    [
      { EMBEDDED_PG_PORT: '80' },
      'EMBEDDED_PG_PORT must be a whole number from 1024 to 65535 (got "80")',
    ],
  ])('stops on %j naming the variable', (env, message) => {
    expect(() => loadConfig(env, '/repo')).toThrow(
      new ConfigError(message.split(' ')[0] as string, message.slice(message.indexOf(' ') + 1)),
    );
    expect(() => loadConfig(env, '/repo')).toThrow(`Invalid configuration: ${message}`);
  });
});
