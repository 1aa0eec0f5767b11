import { dataSourceOptions } from '@pathways/api-core';
import { DataSource } from 'typeorm';
import { EXIT_OK } from '../cli-error';
import { openDatabase } from '../database-session';
import { parseOptions } from '../parse-options';

export async function migrateCommand(args: string[]): Promise<number> {
  const { options } = parseOptions(args, ['data-dir']);
  const session = await openDatabase(options.get('data-dir'));
  const dataSource = new DataSource(dataSourceOptions(session.url));
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    process.stderr.write(
      applied.length
        ? `applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}\n`
        : 'database is up to date\n',
    );
    return EXIT_OK;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await session.close();
  }
}
