// Runs in a worker thread: one solve per worker, so the API's event loop stays free.
import { solveAssignment } from '@pathways/domain-matching';
import type { AssignmentInput } from '@pathways/domain-matching';
import { parentPort, workerData } from 'node:worker_threads';

parentPort?.postMessage(solveAssignment(workerData as AssignmentInput));
