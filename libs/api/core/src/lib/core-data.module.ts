import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { CoreConfigModule } from './config/core-config.module';
import { DatabaseModule } from './database/database.module';
import { SeedModule } from './seed/seed.module';

export interface CoreModuleOptions {
  config: AppConfig;
  databaseUrl: string;
}

/** Configuration, database and seeding without HTTP: what the CLI and worker need. */
@Module({})
export class CoreDataModule {
  static forRoot({ config, databaseUrl }: CoreModuleOptions): DynamicModule {
    return {
      module: CoreDataModule,
      imports: [CoreConfigModule.forRoot(config), DatabaseModule.forRoot(databaseUrl), SeedModule],
      exports: [SeedModule],
    };
  }
}
