import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreModule } from '@pathways/api-core';
import { AuditModule } from '@pathways/api-audit';
import { IdentityModule } from '@pathways/api-identity';
import { PeopleModule } from '@pathways/api-people';

/** The feature modules the API serves. */
export const FEATURE_MODULES = [AuditModule, PeopleModule, IdentityModule];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot({ config, databaseUrl }), ...FEATURE_MODULES],
    };
  }
}
