import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { CoreConfigModule } from './config/core-config.module';
import { DatabaseModule } from './database/database.module';
import { GraphqlApiModule } from './graphql/graphql-api.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { ServiceInfoResolver } from './service-info/service-info.resolver';

export interface CoreModuleOptions {
  config: AppConfig;
  databaseUrl: string;
}

/** Configuration, logging, database, GraphQL and health: what every feature stands on. */
@Module({})
export class CoreModule {
  static forRoot({ config, databaseUrl }: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        CoreConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule.forRoot(databaseUrl),
        GraphqlApiModule,
        HealthModule,
      ],
      providers: [ServiceInfoResolver],
    };
  }
}
