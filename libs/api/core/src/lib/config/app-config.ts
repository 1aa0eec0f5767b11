export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type MailTransportKind = 'outbox' | 'smtp' | 'notify';
/** The e-mails Pathways sends, each a GOV.UK Notify template when MAIL_TRANSPORT=notify. */
export type MailTemplateKey = 'vacancy_alert' | 'vacancy_digest';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  /** Unset means: start the project's own embedded PostgreSQL under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  /** Unset means: any free port for the embedded server. */
  embeddedPostgresPort: number | null;
  logLevel: LogLevel;
  sessionSecret: string;
  publicUrl: string;
  webDistDir: string;
  graphqlMaxDepth: number;
  graphqlMaxComplexity: number;
  mailTransport: MailTransportKind;
  mailFrom: string;
  smtpUrl: string | null;
  notifyApiKey: string | null;
  /** Unset means GOV.UK Notify's production API; tests point it at a local fake. */
  notifyBaseUrl: string | null;
  notifyTemplateIds: Record<MailTemplateKey, string | null>;
  /** How long a background job may run before another worker takes it over (crash recovery). */
  jobTimeoutSeconds: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
    this.name = 'ConfigError';
  }
}
