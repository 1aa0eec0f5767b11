import type { DataSource } from 'typeorm';

// Planner settings for one-off aggregates over the whole workforce (performance.md): JIT costs
// ≈0.8 s before it saves anything; 4 MB of work_mem sends 500k-row hashes to disk; and the
// default parallel costs keep both cores from sharing the scans and hash joins.
const ANALYTICS_SETTINGS = [
  'SET LOCAL jit = off',
  "SET LOCAL work_mem = '64MB'",
  'SET LOCAL parallel_setup_cost = 100',
  'SET LOCAL parallel_tuple_cost = 0.01',
];

/** Runs read-only aggregate queries in one consistent snapshot with analytics settings. */
export function withAnalytics<T>(
  dataSource: DataSource,
  work: (query: <R>(sql: string, parameters?: unknown[]) => Promise<R[]>) => Promise<T>,
): Promise<T> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    for (const setting of ANALYTICS_SETTINGS) await manager.query(setting);
    return work(
      <R>(sql: string, parameters?: unknown[]) => manager.query(sql, parameters) as Promise<R[]>,
    );
  });
}
