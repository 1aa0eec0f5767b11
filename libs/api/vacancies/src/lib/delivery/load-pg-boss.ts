import type { PgBoss } from 'pg-boss';

/** Loaded on first use: most processes (the CLI, most tests) never touch the job queue. */
export async function loadPgBoss(): Promise<typeof PgBoss> {
  const { PgBoss: constructor } = await import('pg-boss');
  return constructor;
}
