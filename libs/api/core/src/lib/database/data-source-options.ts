import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    logging: false,
    extra: { max: 10, application_name: 'pathways' },
  };
}
