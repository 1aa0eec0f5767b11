// Benchmark of `import people` on a seeded 100,000-row workforce snapshot, through the same
// service the CLI uses, against a plain multi-row INSERT of the same rows as the floor.
//   npm run bench:import          (DATABASE_URL: run in a fresh database on that server)
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CoreDataModule, loadConfig } from '@pathways/api-core';
import { AuditModule } from '@pathways/api-audit';
import { PeopleImportService, PeopleModule } from '@pathways/api-people';
import type { PeopleImportProgress, PeopleImportResult } from '@pathways/api-people';
import { timeBaselineInsert } from './people-import/baseline-insert';
import { openScratchDatabase } from './support/scratch-database';
import { writePeopleCsv } from './people-import/write-people-csv';

const ROWS = 100_000;
const SEED = 20_250_331;

const log = (line: string) => process.stderr.write(`${line}\n`);

/** What the CLI's application context holds for an import, without the CLI app itself. */
@Module({})
class ImportBenchModule {
  static forRoot(databaseUrl: string): DynamicModule {
    const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' });
    return {
      module: ImportBenchModule,
      imports: [CoreDataModule.forRoot({ config, databaseUrl }), AuditModule, PeopleModule],
    };
  }
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

let phaseStart = process.hrtime.bigint();

function progress(event: PeopleImportProgress): void {
  const at = `${seconds(phaseStart).toFixed(2)} s`;
  if (event.phase === 'staged') log(`  ${at}: staged ${event.rows} of ${event.total}`);
  else if (event.phase === 'checked') log(`  ${at}: checked ${event.rows}`);
  else log(`  ${at}: writing people, snapshots and answers`);
}

async function timedImport(
  service: PeopleImportService,
  file: string,
): Promise<{ seconds: number; result: PeopleImportResult }> {
  const start = process.hrtime.bigint();
  phaseStart = start;
  const result = await service.importPeople(file, { onProgress: progress });
  return { seconds: seconds(start), result };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pathways-bench-people-'));
  const file = join(dir, 'people.csv');
  try {
    log(`generating ${ROWS} people (seed ${SEED}) into ${file}`);
    await writePeopleCsv(file, SEED, ROWS);
    const database = await openScratchDatabase('import', log);
    try {
      const context = await NestFactory.createApplicationContext(
        ImportBenchModule.forRoot(database.url),
        { logger: ['error'] },
      );
      let first: { seconds: number; result: PeopleImportResult };
      let again: { seconds: number; result: PeopleImportResult };
      let peakMb: number;
      try {
        const service = context.get(PeopleImportService);
        log('import into the empty database…');
        first = await timedImport(service, file);
        peakMb = process.resourceUsage().maxRSS / 1024;
        log(`  ${JSON.stringify(first.result)} in ${first.seconds.toFixed(2)} s`);
        log('import again (every person exists, nothing changes)…');
        again = await timedImport(service, file);
        log(`  ${JSON.stringify(again.result)} in ${again.seconds.toFixed(2)} s`);
      } finally {
        await context.close();
      }
      log('baseline: multi-row INSERT of the same rows into a scratch table…');
      const baselineSeconds = await timeBaselineInsert(database.url, SEED, ROWS);
      log(`  ${baselineSeconds.toFixed(2)} s`);
      process.stdout.write(
        `RESULT import seconds=${first.seconds.toFixed(3)} peak_mb=${peakMb.toFixed(0)} ` +
          `rows=${first.result.rows} rows_per_s=${Math.round(first.result.rows / first.seconds)} ` +
          `baseline_seconds=${baselineSeconds.toFixed(3)} ` +
          `ratio=${(first.seconds / baselineSeconds).toFixed(2)} ` +
          `reimport_seconds=${again.seconds.toFixed(3)}\n`,
      );
    } finally {
      await database.drop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
