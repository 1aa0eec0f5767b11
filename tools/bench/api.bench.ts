// Benchmark of the GraphQL API under concurrent load: the programme dashboard, asked for by the
// demo programme lead over 10 connections (autocannon) against the production server in its own
// process on the demo data; against the same numbers asked of PostgreSQL directly over 10 `pg`
// connections in the same run (the floor: no HTTP, GraphQL, sessions or access checks).
//   npm run bench:api          (DATABASE_URL: run in a fresh database on that server)
import { join } from 'node:path';
import { DEMO_PROGRAMME } from '@pathways/api-outcomes';
import { Client } from 'pg';
import { startApiServer } from './api/api-server';
import { DASHBOARD_QUERY, SIGN_IN_MUTATION } from './api/dashboard-query';
import { graphqlLoad } from './api/graphql-load';
import { percentile } from './api/percentile';
import { sqlLoad } from './api/sql-load';
import { openScratchDatabase } from './support/scratch-database';

const CONNECTIONS = 10;
const SECONDS = 15;
const LEAD = { email: 'programme.lead@demo.pathways.gov.uk', password: 'pathways-demo-password' };
// This file runs compiled, from dist/server/tools/bench.
const SERVER_ENTRY = join(__dirname, '../../apps/api/src/main.js');

const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (value: number, places: number) => Number(value.toFixed(places));

async function post(url: string, body: unknown, cookie = ''): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
}

async function signIn(url: string): Promise<string> {
  const response = await post(url, { query: SIGN_IN_MUTATION, variables: { input: LEAD } });
  const cookies = response.headers.getSetCookie().map((header) => header.split(';')[0]);
  if (!response.ok || cookies.length === 0)
    throw new Error(`signing in failed: ${response.status} ${await response.text()}`);
  return cookies.join('; ');
}

/** Statistics for the freshly seeded tables, as autovacuum would soon gather them. */
async function analyse(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

async function main() {
  const database = await openScratchDatabase('api', log);
  try {
    log('starting the API and seeding the demo data…');
    const server = await startApiServer(SERVER_ENTRY, database.url, log);
    try {
      await analyse(database.url);
      const cookie = await signIn(server.url);
      const body = JSON.stringify({
        query: DASHBOARD_QUERY,
        variables: { input: { programme: DEMO_PROGRAMME } },
      });
      const check = (await (await post(server.url, JSON.parse(body), cookie)).json()) as {
        data?: { programmeDashboard?: { asOf: string; progression: unknown[] } };
        errors?: unknown;
      };
      const dashboard = check.data?.programmeDashboard;
      if (!dashboard)
        throw new Error(`the dashboard query failed: ${JSON.stringify(check.errors)}`);
      log(`dashboard of ${DEMO_PROGRAMME} as of ${dashboard.asOf}: ${body.length} bytes asked`);

      log(`GraphQL: ${CONNECTIONS} connections for ${SECONDS} s…`);
      await graphqlLoad(server.url, cookie, body, CONNECTIONS, 3); // warm-up
      const api = await graphqlLoad(server.url, cookie, body, CONNECTIONS, SECONDS);
      if (api.errors > 0 || api.non2xx > 0)
        throw new Error(`${api.errors} errors and ${api.non2xx} non-2xx answers under load`);
      log(`raw SQL: ${CONNECTIONS} connections for ${SECONDS} s…`);
      const sql = await sqlLoad(database.url, CONNECTIONS, SECONDS, DEMO_PROGRAMME, dashboard.asOf);

      const apiP95 = percentile(api.latencies, 95);
      const sqlP95 = percentile(sql.latencies, 95);
      const apiRps = api.requests / api.seconds;
      const sqlRps = sql.requests / sql.seconds;
      log(
        `GraphQL: ${api.requests} requests, ${apiRps.toFixed(0)} req/s, ` +
          `p50 ${percentile(api.latencies, 50).toFixed(1)} ms, p95 ${apiP95.toFixed(1)} ms`,
      );
      log(
        `raw SQL: ${sql.requests} requests, ${sqlRps.toFixed(0)} req/s, ` +
          `p50 ${percentile(sql.latencies, 50).toFixed(1)} ms, p95 ${sqlP95.toFixed(1)} ms`,
      );
      const peakMb = server.peakMb();
      process.stdout.write(
        `RESULT api seconds=${round(api.seconds, 2)} peak_mb=${peakMb} ` +
          `requests=${api.requests} rps=${round(apiRps, 0)} p50_ms=${round(percentile(api.latencies, 50), 2)} ` +
          `p95_ms=${round(apiP95, 2)} baseline_p95_ms=${round(sqlP95, 2)} ` +
          `baseline_rps=${round(sqlRps, 0)} ratio=${round(apiP95 / sqlP95, 2)}\n`,
      );
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:api failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
