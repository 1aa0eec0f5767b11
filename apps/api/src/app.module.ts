import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreModule } from '@pathways/api-core';
import { AuditModule } from '@pathways/api-audit';
import { IdentityModule } from '@pathways/api-identity';
import { MailModule } from '@pathways/api-mail';
import { InternshipsModule } from '@pathways/api-internships';
import { MentoringModule } from '@pathways/api-mentoring';
import { NotificationsModule } from '@pathways/api-notifications';
import { OutcomesModule } from '@pathways/api-outcomes';
import { PeopleModule } from '@pathways/api-people';
import { PrivacyModule } from '@pathways/api-privacy';
import { ProgrammesModule } from '@pathways/api-programmes';
import { VacanciesModule } from '@pathways/api-vacancies';

/** The feature modules the API serves. */
export const FEATURE_MODULES = [
  AuditModule,
  PeopleModule,
  IdentityModule,
  PrivacyModule,
  ProgrammesModule,
  OutcomesModule,
  NotificationsModule,
  MentoringModule,
  InternshipsModule,
  MailModule,
  VacanciesModule,
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
