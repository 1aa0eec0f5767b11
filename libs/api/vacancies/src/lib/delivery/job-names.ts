/** The worker's queues. */
export const JOBS = {
  /** One per publish or broadcast: pages the recipients into chunk jobs. */
  fanout: 'vacancy-fanout',
  /** Up to CHUNK_SIZE recipients: alert rows, in-app notifications, then an e-mail job. */
  chunk: 'vacancy-alert-chunk',
  /** Sends a chunk's pending instant e-mails. */
  email: 'vacancy-alert-email',
  /** Weekly (cron): pages the people with digest matches into digest chunk jobs. */
  digest: 'vacancy-alert-digest',
  digestChunk: 'vacancy-alert-digest-chunk',
  /** Every few minutes (cron): picks up e-mails a crashed or exhausted job left behind. */
  sweep: 'vacancy-alert-sweep',
} as const;
export type JobName = (typeof JOBS)[keyof typeof JOBS];

/** People per chunk job: a few hundred jobs for 100,000 recipients (shared/performance.md). */
export const CHUNK_SIZE = 1000;

/** A slice of recipients by person id: from inclusive, to exclusive; null is unbounded. */
export interface PersonRange {
  from: string | null;
  to: string | null;
}

export interface FanoutJobData {
  fanoutId: string;
}

export interface ChunkJobData extends PersonRange {
  fanoutId: string;
}

export interface EmailJobData extends PersonRange {
  vacancyId: string;
}

/** Consecutive ranges covering every id, split before each given first id. */
export function rangesFrom(firstIds: readonly string[]): PersonRange[] {
  const bounds = [null, ...firstIds, null];
  return bounds.slice(0, -1).map((from, i) => ({ from, to: bounds[i + 1] }));
}
