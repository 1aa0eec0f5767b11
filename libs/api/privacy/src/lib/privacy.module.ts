import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AccountDataHolder } from './holders/account-data.holder';
import { AnswersDataHolder } from './holders/answers-data.holder';
import { AuditDataHolder } from './holders/audit-data.holder';
import { PersonDataHolder } from './holders/person-data.holder';
import { PersonErasureService } from './person-erasure.service';
import { PersonalDataExportService } from './personal-data-export.service';
import { PersonalDataHolders } from './personal-data-holders';
import { PrivacyResolver } from './privacy.resolver';

/** Data subject rights: a person's export of their own data, and erasure by an admin. */
@Module({
  imports: [DiscoveryModule],
  providers: [
    PersonalDataHolders,
    PersonalDataExportService,
    PersonErasureService,
    PrivacyResolver,
    PersonDataHolder,
    AnswersDataHolder,
    AccountDataHolder,
    AuditDataHolder,
  ],
  exports: [PersonalDataExportService, PersonErasureService],
})
export class PrivacyModule {}
