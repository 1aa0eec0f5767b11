import { Client } from 'pg';
import { BASELINE_REPORT_SQL } from '../outcomes/baseline.sql';
import { BASELINE_PARTICIPATION_SQL, BASELINE_SESSIONS_SQL } from './baseline.sql';

export interface LoadResult {
  requests: number;
  seconds: number;
  /** Milliseconds, one per request. */
  latencies: number[];
}

/** One "request": the dashboard's numbers straight from PostgreSQL on an open connection. */
async function dashboardBySql(client: Client, programme: string, asOf: string): Promise<void> {
  await client.query(BASELINE_PARTICIPATION_SQL, [programme, asOf]);
  await client.query(BASELINE_SESSIONS_SQL, [programme]);
  await client.query(BASELINE_REPORT_SQL, [programme, asOf]);
}

/** `connections` clients, each asking again as soon as it has its answer, for `seconds`. */
export async function sqlLoad(
  databaseUrl: string,
  connections: number,
  seconds: number,
  programme: string,
  asOf: string,
): Promise<LoadResult> {
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      return client;
    }),
  );
  try {
    for (const client of clients) await dashboardBySql(client, programme, asOf); // warm-up
    const latencies: number[] = [];
    const start = performance.now();
    const end = start + seconds * 1000;
    await Promise.all(
      clients.map(async (client) => {
        while (performance.now() < end) {
          const sent = performance.now();
          await dashboardBySql(client, programme, asOf);
          latencies.push(performance.now() - sent);
        }
      }),
    );
    return { requests: latencies.length, seconds: (performance.now() - start) / 1000, latencies };
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}
