import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../../../..');
const HEALTH_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

export interface AppServer {
  pid: number;
  baseUrl: string;
  dataDir: string;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function healthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/health`);
    const body = (await response.json()) as { status?: string };
    return response.ok && body.status === 'ok';
  } catch {
    return false;
  }
}

/** Starts the built API (which serves the built web client) on a free port with its own data. */
export async function startAppServer(): Promise<AppServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pathways-e2e-'));
  // Embedded PostgreSQL runs as the postgres user when we are root: it must reach this folder.
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['dist/server/apps/api/src/main.js'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: 'dist/apps/web',
      // One demo account per role, e.g. the admin the account journeys sign in as.
      PATHWAYS_SEED_DEMO: 'true',
      // As in the default setup: the vacancy alert worker runs in the API process.
      PATHWAYS_RUN_WORKER: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exitCode: number | null = null;
  child.on('exit', (code) => (exitCode = code ?? -1));

  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (!(await healthy(baseUrl))) {
    if (exitCode !== null || Date.now() > deadline) {
      if (exitCode === null && child.pid) await stopProcess(child.pid);
      rmSync(dataDir, { recursive: true, force: true });
      const why =
        exitCode !== null ? `exited with code ${exitCode}` : 'was not healthy within 60 s';
      throw new Error(`The Pathways server ${why}. Its output:\n${output}`);
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  // Keep draining the pipes so the server never blocks on a full buffer.
  child.stdout.removeListener('data', collect);
  child.stderr.removeListener('data', collect);
  child.stdout.resume();
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  if (!child.pid) throw new Error('the Pathways server has no pid');
  return { pid: child.pid, baseUrl, dataDir };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM lets the server stop its embedded PostgreSQL; SIGKILL only if it hangs. */
async function stopProcess(pid: number): Promise<void> {
  if (!isRunning(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isRunning(pid) && Date.now() < deadline) {
    await new Promise((wait) => setTimeout(wait, 100));
  }
  if (isRunning(pid)) process.kill(pid, 'SIGKILL');
}

export async function stopAppServer(server: AppServer): Promise<void> {
  await stopProcess(server.pid);
  rmSync(server.dataDir, { recursive: true, force: true });
}
