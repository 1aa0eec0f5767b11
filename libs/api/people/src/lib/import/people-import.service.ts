import { Injectable } from '@nestjs/common';
import { AuditService } from '@pathways/api-audit';
import { DataSource } from 'typeorm';
import type { PeopleImportProgress } from './people-import-progress';
import { loadPeopleImportReference } from './people-import-reference';
import { readPeopleFile } from './read-people-file';
import { writePeopleBatch } from './write-people-batch';

export interface PeopleImportOptions {
  onProgress?: (progress: PeopleImportProgress) => void;
}

export interface PeopleImportResult {
  rows: number;
  created: number;
  updated: number;
  snapshots: number;
  snapshotDates: string[];
}

@Injectable()
export class PeopleImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * `import people FILE.csv`: checks every row first (ImportRejectedError lists the problems
   * and nothing is written), then upserts people, snapshots and answers and records the
   * import in the audit log, all in one transaction.
   */
  async importPeople(file: string, options: PeopleImportOptions = {}): Promise<PeopleImportResult> {
    const { onProgress } = options;
    const reference = await loadPeopleImportReference(this.dataSource.manager);
    const batch = await readPeopleFile(file, reference, {
      onRowsRead: (rows) => onProgress?.({ phase: 'checked', rows }),
    });
    const snapshotDates = batch.snapshotDates();
    return this.dataSource.transaction(async (manager) => {
      const counts = await writePeopleBatch(manager, file, batch, onProgress);
      const result: PeopleImportResult = { rows: batch.size, ...counts, snapshotDates };
      await this.audit.record(
        {
          actorPersonId: null,
          action: 'import.people',
          detail: {
            file,
            rows: result.rows,
            snapshotDates,
            created: result.created,
            updated: result.updated,
            snapshots: result.snapshots,
          },
        },
        manager,
      );
      return result;
    });
  }
}
