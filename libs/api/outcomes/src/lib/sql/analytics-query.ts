import type { DataSource } from 'typeorm';

/**
 * Runs read-only aggregate queries in one transaction with JIT off: JIT compiles these
 * one-off plans for ≈0.8 s before saving anything (performance.md).
 */
export function withAnalytics<T>(
  dataSource: DataSource,
  work: (query: <R>(sql: string, parameters?: unknown[]) => Promise<R[]>) => Promise<T>,
): Promise<T> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    await manager.query('SET LOCAL jit = off');
    return work(<R>(sql: string, parameters?: unknown[]) =>
      manager.query(sql, parameters) as Promise<R[]>,
    );
  });
}
