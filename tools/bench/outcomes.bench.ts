// Benchmark of the outcome report and the workforce dashboard over 500,000 people (two yearly
// snapshots each) and 2,000,000 career events, through the services in a Nest application
// context, each against a hand-written SQL aggregate of the same numbers in the same run.
//   npm run bench:outcomes        (DATABASE_URL: run in a fresh database on that server)
import 'reflect-metadata';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuditModule } from '@pathways/api-audit';
import { CoreDataModule, loadConfig } from '@pathways/api-core';
import {
  OutcomeReportService,
  OutcomesModule,
  WorkforceDashboardService,
} from '@pathways/api-outcomes';
import { Client } from 'pg';
import { BASELINE_REPORT_SQL, BASELINE_WORKFORCE_SQL } from './outcomes/baseline.sql';
import {
  BENCH_AS_OF,
  BENCH_EVENTS,
  BENCH_PEOPLE,
  BENCH_PROGRAMME,
  GENERATE_DATA_SQL,
} from './outcomes/generate-data.sql';
import { openScratchDatabase } from './support/scratch-database';

const RUNS = 3;
const log = (line: string) => process.stderr.write(`${line}\n`);

/** What the services need, without HTTP or GraphQL. */
@Module({})
class OutcomesBenchModule {
  static forRoot(databaseUrl: string): DynamicModule {
    const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' });
    return {
      module: OutcomesBenchModule,
      imports: [CoreDataModule.forRoot({ config, databaseUrl }), AuditModule, OutcomesModule],
    };
  }
}

function secondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Median wall time of RUNS runs after one warm-up run (which fills the cache). */
async function timed<T>(
  label: string,
  work: () => Promise<T>,
): Promise<{ seconds: number; result: T }> {
  let result = await work();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    result = await work();
    times.push(secondsSince(start));
  }
  const seconds = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)] as number;
  log(
    `  ${label}: ${times.map((t) => t.toFixed(3)).join(' s, ')} s (median ${seconds.toFixed(3)} s)`,
  );
  return { seconds, result };
}

async function generate(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of GENERATE_DATA_SQL) {
      const start = process.hrtime.bigint();
      await client.query(sql);
      log(`  ${sql.trim().split('\n')[0]?.slice(0, 70)}… ${secondsSince(start).toFixed(1)} s`);
    }
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const database = await openScratchDatabase('outcomes', log);
  try {
    log(`generating ${BENCH_PEOPLE} people and ${BENCH_EVENTS} events`);
    await generate(database.url);
    const context = await NestFactory.createApplicationContext(
      OutcomesBenchModule.forRoot(database.url),
      { logger: ['error'] },
    );
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      // The same planner settings the services use for their aggregates, so only the SQL differs.
      for (const setting of [
        'SET jit = off',
        "SET work_mem = '64MB'",
        'SET parallel_setup_cost = 100',
        'SET parallel_tuple_cost = 0.01',
      ])
        await client.query(setting);
      log('outcome report');
      const reports = context.get(OutcomeReportService);
      const report = await timed('service', () => reports.report(BENCH_PROGRAMME, BENCH_AS_OF));
      const reportBaseline = await timed('hand-written SQL', () =>
        client.query(BASELINE_REPORT_SQL, [BENCH_PROGRAMME, BENCH_AS_OF]),
      );
      const all = report.result.groups.at(-1);
      const sum = (key: string) =>
        reportBaseline.result.rows.reduce((total, row) => total + Number(row[key]), 0);
      const agree =
        all !== undefined &&
        all.participants === sum('participants') &&
        all.progressed === sum('progressed') &&
        all.comparison_mature === sum('comparison_mature') &&
        all.comparison_progressed === sum('comparison_progressed');
      if (!agree) throw new Error('the report and the hand-written SQL disagree');
      log(`  all: ${JSON.stringify(all)}`);

      log('workforce dashboard');
      const workforce = context.get(WorkforceDashboardService);
      const dashboard = await timed('service', () => workforce.dashboard('all', BENCH_AS_OF));
      const workforceBaseline = await timed('hand-written SQL', () =>
        client.query(BASELINE_WORKFORCE_SQL, [BENCH_AS_OF]),
      );
      const headcount = workforceBaseline.result.rows
        .filter((row) => row.breakdown === 'grade')
        .reduce((total, row) => total + Number(row.people), 0);
      if (dashboard.result.overall.total.value !== headcount)
        throw new Error('the workforce dashboard and the hand-written SQL disagree');
      log(`  headcount: ${headcount}`);

      const peakMb = process.resourceUsage().maxRSS / 1024;
      process.stdout.write(
        `RESULT outcomes seconds=${report.seconds.toFixed(3)} peak_mb=${peakMb.toFixed(0)} ` +
          `workforce_seconds=${dashboard.seconds.toFixed(3)} ` +
          `baseline_seconds=${reportBaseline.seconds.toFixed(3)} ` +
          `ratio=${(report.seconds / reportBaseline.seconds).toFixed(2)} ` +
          `workforce_baseline_seconds=${workforceBaseline.seconds.toFixed(3)} ` +
          `workforce_ratio=${(dashboard.seconds / workforceBaseline.seconds).toFixed(2)}\n`,
      );
    } finally {
      await client.end();
      await context.close();
    }
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
