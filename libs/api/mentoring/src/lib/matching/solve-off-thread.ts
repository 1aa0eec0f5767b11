import { solveAssignment } from '@pathways/domain-matching';
import type { AssignmentInput, AssignmentResult } from '@pathways/domain-matching';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** Compiled next to this file in dist/server (tools/scripts/compile.mjs keeps the layout). */
const WORKER_FILE = join(__dirname, 'solve-assignment.worker.js');

/**
 * Solves in a worker thread. Under Jest the sources are TypeScript transformed in memory,
 * with no compiled worker file to start, so the solve runs inline there.
 */
export function solveOffThread(input: AssignmentInput): Promise<AssignmentResult> {
  if (process.env['JEST_WORKER_ID'] !== undefined || !existsSync(WORKER_FILE)) {
    return Promise.resolve().then(() => solveAssignment(input));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: input });
    worker.once('message', (result: AssignmentResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`matching worker stopped with exit code ${code}`));
    });
  });
}
