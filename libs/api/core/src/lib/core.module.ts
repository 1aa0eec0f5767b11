import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { CoreDataModule, CoreModuleOptions } from './core-data.module';
import { GraphqlApiModule } from './graphql/graphql-api.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { ServiceInfoResolver } from './service-info/service-info.resolver';
import { inputValidationPipe } from './errors/validation.pipe';

/** Everything the HTTP API stands on: the data core plus logging, GraphQL and health. */
@Module({})
export class CoreModule {
  static forRoot(options: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [CoreDataModule.forRoot(options), LoggingModule, GraphqlApiModule, HealthModule],
      providers: [ServiceInfoResolver, { provide: APP_PIPE, useFactory: inputValidationPipe }],
      exports: [CoreDataModule],
    };
  }
}
