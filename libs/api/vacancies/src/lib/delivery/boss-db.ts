import type { Db } from 'pg-boss';
import type { EntityManager } from 'typeorm';

interface PgClient {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * pg-boss's executor over the connection of a TypeORM transaction, so a job sent with
 * `{ db }` is committed (or rolled back) with the change that caused it.
 */
export async function bossDb(manager: EntityManager): Promise<Db> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('Jobs are enqueued inside a transaction');
  const client = (await runner.connect()) as PgClient;
  return { executeSql: (text, values) => client.query(text, values) };
}
