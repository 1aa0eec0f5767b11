import type { INestApplicationContext } from '@nestjs/common';
import { AlertWorker, RunningWorker, WorkerOptions } from './alert-worker.service';

/**
 * Starts the alert worker on an application (or application context) that has VacanciesModule.
 * It stops when the application closes; `stop()` stops it sooner, e.g. to simulate a restart.
 */
export function startWorker(
  app: INestApplicationContext,
  options: WorkerOptions = {},
): Promise<RunningWorker> {
  return app.get(AlertWorker).start(options);
}
