import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface ApiServer {
  url: string;
  pid: number;
  /** Peak resident memory of the server process so far, in MB (Linux VmHWM). */
  peakMb(): number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function peakMbOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function waitForGraphql(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the API did not answer within ${timeoutMs / 1000} s`);
}

/**
 * The production server (compiled by run-ts) in its own process, as `npm start` runs it, on the
 * given database with the demo data seeded: the load generator must not share its event loop.
 */
export async function startApiServer(
  serverEntry: string,
  databaseUrl: string,
  log: (line: string) => void,
): Promise<ApiServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [...(process.env['BENCH_API_NODE_ARGS']?.split(' ') ?? []), join(serverEntry)],
    {
      env: {
        ...process.env,
        // As deployed: graphql-js and Express skip their development checks in production.
      NODE_ENV: 'production',
      SESSION_SECRET: 'bench-api-session-secret-of-at-least-32-characters',
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: url,
        LOG_LEVEL: 'error',
        PATHWAYS_SEED_DEMO: 'true',
        PATHWAYS_RUN_WORKER: 'false',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  try {
    await waitForGraphql(url, child, 180_000);
  } catch (error) {
    child.kill('SIGKILL');
    log(stderr);
    throw error;
  }
  log(`API (pid ${child.pid}) listening at ${url}`);
  const pid = child.pid as number;
  return {
    url,
    pid,
    peakMb: () => peakMbOf(pid),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
