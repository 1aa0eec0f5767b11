import { resolve } from 'node:path';
import {
  AppConfig,
  ConfigError,
  LogLevel,
  MailTemplateKey,
  MailTransportKind,
  NodeEnv,
} from './app-config';

type Env = Record<string, string | undefined>;

const NODE_ENVS: readonly NodeEnv[] = ['development', 'production', 'test'];
const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];
const MAIL_TRANSPORTS: readonly MailTransportKind[] = ['outbox', 'smtp', 'notify'];
const NOTIFY_TEMPLATE_VARIABLES: Record<MailTemplateKey, string> = {
  vacancy_alert: 'NOTIFY_TEMPLATE_VACANCY_ALERT',
  vacancy_digest: 'NOTIFY_TEMPLATE_VACANCY_DIGEST',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEVELOPMENT_SECRET = 'development-only-session-secret-change-me';

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

function integer(env: Env, name: string, fallback: number | null, min: number, max: number) {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${value}")`);
  }
  return parsed;
}

function url(env: Env, name: string, protocols: readonly string[]): string | null {
  const value = env[name];
  if (value === undefined || value === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.join(' or ')}`);
  }
  return value;
}

function notifyTemplateIds(env: Env, required: boolean): Record<MailTemplateKey, string | null> {
  const ids = {} as Record<MailTemplateKey, string | null>;
  const variables = Object.entries(NOTIFY_TEMPLATE_VARIABLES) as [MailTemplateKey, string][];
  for (const [key, name] of variables) {
    const value = env[name] || null;
    if (value !== null && !UUID.test(value))
      throw new ConfigError(name, `must be a GOV.UK Notify template id (a UUID; got "${value}")`);
    if (required && value === null)
      throw new ConfigError(name, 'is required when MAIL_TRANSPORT=notify');
    ids[key] = value;
  }
  return ids;
}

/** Reads and validates the environment; the first bad value stops start-up, named. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVS, 'development');
  const port = integer(env, 'PORT', 3000, 0, 65535) as number;
  const sessionSecret =
    env['SESSION_SECRET'] || (nodeEnv === 'production' ? '' : DEVELOPMENT_SECRET);
  if (sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET', 'must be set to at least 32 characters in production');
  }
  const mailTransport = oneOf(env, 'MAIL_TRANSPORT', MAIL_TRANSPORTS, 'outbox');
  const smtpUrl = url(env, 'SMTP_URL', ['smtp:', 'smtps:']);
  if (mailTransport === 'smtp' && !smtpUrl)
    throw new ConfigError('SMTP_URL', 'is required when MAIL_TRANSPORT=smtp');
  const notifyApiKey = env['NOTIFY_API_KEY'] || null;
  if (mailTransport === 'notify' && !notifyApiKey) {
    throw new ConfigError('NOTIFY_API_KEY', 'is required when MAIL_TRANSPORT=notify');
  }
  return {
    nodeEnv,
    port,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    dataDir: resolve(cwd, env['DATA_DIR'] || '.data'),
    embeddedPostgresPort: integer(env, 'EMBEDDED_PG_PORT', null, 1024, 65535),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    sessionSecret,
    publicUrl: (url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(
      /\/$/,
      '',
    ),
    webDistDir: resolve(cwd, env['WEB_DIST_DIR'] || 'dist/apps/web'),
    graphqlMaxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 10, 1, 100) as number,
    graphqlMaxComplexity: integer(env, 'GRAPHQL_MAX_COMPLEXITY', 2000, 10, 1_000_000) as number,
    mailTransport,
    mailFrom: env['MAIL_FROM'] || 'Pathways <no-reply@pathways.local>',
    smtpUrl,
    notifyApiKey,
    notifyBaseUrl: url(env, 'NOTIFY_BASE_URL', ['http:', 'https:']),
    notifyTemplateIds: notifyTemplateIds(env, mailTransport === 'notify'),
    jobTimeoutSeconds: integer(env, 'JOB_TIMEOUT_SECONDS', 120, 2, 3600) as number,
  };
}
