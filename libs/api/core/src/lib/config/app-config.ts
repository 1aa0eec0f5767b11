export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type MailTransportKind = 'outbox' | 'smtp' | 'notify';

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
