import { Injectable } from '@nestjs/common';
import { AuditService } from '@pathways/api-audit';
import { DataSource } from 'typeorm';
import { PersonalDataHolders } from './personal-data-holders';
import { PersonalDataExport } from './privacy.models';

@Injectable()
export class PersonalDataExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly holders: PersonalDataHolders,
    private readonly audit: AuditService,
  ) {}

  /** One consistent snapshot of everything held about the person; the export itself is audited. */
  exportFor(personId: string): Promise<PersonalDataExport> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const generatedAt = new Date();
      const document: Record<string, unknown> = { generatedAt, personId };
      for (const holder of this.holders.all()) {
        const sections = await holder.exportFor(personId, manager);
        for (const [section, content] of Object.entries(sections)) {
          if (section in document) throw new Error(`Two holders export a "${section}" section`);
          document[section] = content;
        }
      }
      await this.audit.record(
        { actorPersonId: personId, action: 'export.personal_data', subjectPersonIds: [personId] },
        manager,
      );
      return { json: JSON.stringify(document, null, 2), generatedAt };
    });
  }
}
