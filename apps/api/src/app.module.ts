import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreModule } from '@pathways/api-core';
import { AuditModule } from '@pathways/api-audit';
import { IdentityModule } from '@pathways/api-identity';
import { OutcomesModule } from '@pathways/api-outcomes';
import { PeopleModule } from '@pathways/api-people';
import { ProgrammesModule } from '@pathways/api-programmes';

/** The feature modules the API serves. */
export const FEATURE_MODULES = [
  AuditModule,
  PeopleModule,
  IdentityModule,
  ProgrammesModule,
  OutcomesModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot({ config, databaseUrl }), ...FEATURE_MODULES],
    };
  }
}
