// Benchmark of the vacancy alert fan-out: one vacancy published to 100,000 matching subscribers
// (in-app and e-mail to the outbox), through the real publish and the real worker in this
// process, timed from publish to the last delivery; against one plain INSERT … SELECT of the
// same alert rows as the floor.
//   npm run bench:fanout          (DATABASE_URL: run in a fresh database on that server)
import 'reflect-metadata';
import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuditModule } from '@pathways/api-audit';
import { AuthenticatedUser, CoreDataModule, loadConfig } from '@pathways/api-core';
import { MailModule } from '@pathways/api-mail';
import { NotificationsModule } from '@pathways/api-notifications';
import { PeopleModule } from '@pathways/api-people';
import { startWorker, VacanciesModule, VacancyPublishingService } from '@pathways/api-vacancies';
import { DataSource } from 'typeorm';
import { timeBaselineInsert } from './fanout/baseline-insert';
import { scratchDatabase } from './support/scratch-database';
import { seedSubscribers } from './fanout/seed-subscribers';

const SUBSCRIBERS = 100_000;
const NOT_MATCHING = 20_000;
const TIMEOUT_SECONDS = 600;

const log = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

/** What the worker process runs on, without HTTP or the unrelated features. */
@Module({})
class FanoutBenchModule {
  static forRoot(databaseUrl: string): DynamicModule {
    const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' });
    return {
      module: FanoutBenchModule,
      imports: [
        CoreDataModule.forRoot({ config, databaseUrl }),
        AuditModule,
        PeopleModule,
        NotificationsModule,
        MailModule,
        VacanciesModule,
      ],
    };
  }
}

interface Delivered {
  inApp: number;
  email: number;
  outbox: number;
}

const delivered = async (dataSource: DataSource, vacancyId: string): Promise<Delivered> => {
  const [row]: Delivered[] = await dataSource.query(
    `SELECT count(*) FILTER (WHERE channel = 'in_app' AND status = 'sent')::int AS "inApp",
            count(*) FILTER (WHERE channel = 'email' AND status = 'sent')::int AS email,
            (SELECT count(*)::int FROM mail_outbox) AS outbox
     FROM alert WHERE vacancy_id = $1`,
    [vacancyId],
  );
  return row;
};

async function createDraft(dataSource: DataSource, ownerId: string): Promise<string> {
  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO vacancy (title, summary, department_code, grade_codes, profession_code,
       region_codes, remote, working_pattern, contract_type, closing_date, apply_url, category,
       owner_person_id)
     VALUES ('Private Secretary to the Permanent Secretary', 'A private office role.', 'DWP',
       '{HEO}', 'policy', '{TLI}', true, 'full_time', 'loan', current_date + 30,
       'https://jobs.example.gov.uk/apply/1', 'private_office', $1)
     RETURNING id`,
    [ownerId],
  );
  return id;
}

async function publishAndDeliver(context: INestApplicationContext, ownerId: string) {
  const dataSource = context.get(DataSource);
  const vacancyId = await createDraft(dataSource, ownerId);
  const poster: AuthenticatedUser = {
    accountId: ownerId,
    personId: ownerId,
    sessionId: 'bench',
    grants: [{ role: 'admin', scopeType: null, scopeId: null }],
  };
  const worker = await startWorker(context, {
    log: (line) => line.includes('failed') && log(line),
  });
  try {
    log(`publishing to ${SUBSCRIBERS} matching subscribers (in-app and e-mail)…`);
    const start = process.hrtime.bigint();
    await context.get(VacancyPublishingService).publish(poster, vacancyId);
    let counts = await delivered(dataSource, vacancyId);
    let lastReport = 0;
    while (counts.inApp < SUBSCRIBERS || counts.email < SUBSCRIBERS) {
      if (seconds(start) > TIMEOUT_SECONDS)
        throw new Error(`not delivered: ${JSON.stringify(counts)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      counts = await delivered(dataSource, vacancyId);
      if (seconds(start) - lastReport >= 2) {
        lastReport = seconds(start);
        log(`  ${lastReport.toFixed(1)} s: in-app ${counts.inApp}, e-mail ${counts.email}`);
      }
    }
    const fanoutSeconds = seconds(start);
    log(`  delivered in ${fanoutSeconds.toFixed(2)} s: ${JSON.stringify(counts)}`);
    return { vacancyId, fanoutSeconds, counts };
  } finally {
    await worker.stop();
  }
}

async function main(): Promise<void> {
  const database = await scratchDatabase('fanout', log);
  try {
    const context = await NestFactory.createApplicationContext(
      FanoutBenchModule.forRoot(database.url),
      { logger: ['error'] },
    );
    try {
      const dataSource = context.get(DataSource);
      log(`seeding ${SUBSCRIBERS} matching and ${NOT_MATCHING} other subscribers…`);
      const ownerId = await seedSubscribers(dataSource, SUBSCRIBERS, NOT_MATCHING);
      const { vacancyId, fanoutSeconds, counts } = await publishAndDeliver(context, ownerId);
      const peakMb = process.resourceUsage().maxRSS / 1024;
      log('baseline: one INSERT … SELECT of the same alert rows…');
      const baselineSeconds = await timeBaselineInsert(dataSource, vacancyId);
      log(`  ${baselineSeconds.toFixed(2)} s`);
      process.stdout.write(
        `RESULT fanout seconds=${fanoutSeconds.toFixed(3)} peak_mb=${peakMb.toFixed(0)} ` +
          `alerts=${counts.inApp + counts.email} in_app=${counts.inApp} email=${counts.email} ` +
          `outbox=${counts.outbox} baseline_seconds=${baselineSeconds.toFixed(3)} ` +
          `ratio=${(fanoutSeconds / baselineSeconds).toFixed(2)}\n`,
      );
    } finally {
      await context.close();
    }
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
