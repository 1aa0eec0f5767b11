// eslint-disable-next-line @nx/enforce-module-boundaries -- drives the CLI exactly as a user would
import { runCli } from '../../../../cli/src/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one CLI command in-process against DATABASE_URL, capturing stdout and stderr. */
export async function cli(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  try {
    const code = await runCli(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

/** The single JSON line a successful import prints. */
export function importResult(run: CliRun): Record<string, unknown> {
  if (run.code !== 0) throw new Error(`exit ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim()) as Record<string, unknown>;
}
