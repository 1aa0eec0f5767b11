import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreDataModule } from '@pathways/api-core';
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

/** The feature modules the CLI drives, without HTTP or GraphQL. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: CliModule,
      imports: [
        CoreDataModule.forRoot({ config, databaseUrl }),
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
      ],
    };
  }
}
