import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreDataModule } from '@pathways/api-core';
import { FEATURE_MODULES } from './app.module';

/** What the alert worker runs on: the data core and the feature services, without HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CoreDataModule.forRoot({ config, databaseUrl }), ...FEATURE_MODULES],
    };
  }
}
