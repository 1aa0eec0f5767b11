// Developer tool: `node tools/scripts/run-ts.mjs apps/api/src/generate-migration.ts Name`
// Boots the app on a scratch embedded database with every migration applied and writes
// the SQL that would bring the schema in line with the entities as a new migration.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig, startEmbeddedPostgres } from '@pathways/api-core';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';

const MIGRATIONS_DIR = 'libs/api/core/src/lib/database/migrations';

const quote = (sql: string) =>
  '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new Error('usage: generate-migration.ts PascalCaseName');
  const dataDir = mkdtempSync(join(tmpdir(), 'pathways-migration-'));
  chmodSync(dataDir, 0o755);
  const database = await startEmbeddedPostgres({ dataDir, port: null });
  try {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const app = await NestFactory.create(AppModule.forRoot(config, database.url), {
      logger: false,
    });
    await app.init();
    const { upQueries, downQueries } = await app.get(DataSource).driver.createSchemaBuilder().log();
    await app.close();
    if (!upQueries.length) {
      process.stderr.write('no changes: the entities match the migrations\n');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const up = upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const down = downQueries
      .reverse()
      .map((q) => `    await queryRunner.query(${quote(q.query)});`)
      .join('\n');
    const file = join(
      MIGRATIONS_DIR,
      `${timestamp}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`,
    );
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    process.stderr.write(`wrote ${file}: add ${className} to ${MIGRATIONS_DIR}/index.ts\n`);
  } finally {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
