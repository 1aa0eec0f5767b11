import { Injectable } from '@nestjs/common';
import { AuditService } from '@pathways/api-audit';
import { DataSource } from 'typeorm';
import type { ImportRowError as ImportProblem } from '@pathways/api-people';
import { rejectImport } from '../csv/import-problems';
import { readCsv } from '../csv/read-csv';
import {
  CAREER_EVENT_COLUMNS,
  CareerEventImportRow,
  checkCareerEventRow,
} from './career-event-csv';
import { DEPARTMENT_CODES_SQL, INSERT_HR_EVENTS_SQL } from './events-import.sql';
import { personIdsByStaffNumber, unknownStaffNumber } from './people-lookup';

export interface EventsImportResult {
  rows: number;
  inserted: number;
  /** Rows whose event_id was already imported (or repeated in the file): skipped, not duplicated. */
  skipped: number;
}

/** `import events`: appends HR career events, all or nothing, idempotent by event_id. */
@Injectable()
export class EventsImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async importCsv(
    file: string,
    text: string,
    actorPersonId: string | null = null,
  ): Promise<EventsImportResult> {
    const rows = await this.validRows(file, text);
    return this.dataSource.transaction(async (manager) => {
      const [written]: { inserted: number }[] = await manager.query(INSERT_HR_EVENTS_SQL, [
        rows.map((row) => row.eventId),
        rows.map((row) => row.staffNumber),
        rows.map((row) => row.type),
        rows.map((row) => row.effectiveDate),
        rows.map((row) => row.fromGrade),
        rows.map((row) => row.toGrade),
        rows.map((row) => row.fromDepartment),
        rows.map((row) => row.toDepartment),
      ]);
      const inserted = written?.inserted ?? 0;
      const result = { rows: rows.length, inserted, skipped: rows.length - inserted };
      await this.audit.record(
        { actorPersonId, action: 'import.events', detail: { file, ...result } },
        manager,
      );
      return result;
    });
  }

  private async validRows(file: string, text: string): Promise<CareerEventImportRow[]> {
    const problems: ImportProblem[] = [];
    const rows: CareerEventImportRow[] = [];
    for (const record of readCsv(file, text, CAREER_EVENT_COLUMNS)) {
      const result = checkCareerEventRow(record);
      if (result.ok) rows.push(result.row);
      else problems.push(...result.problems);
    }
    problems.push(...(await this.databaseProblems(rows)));
    if (problems.length > 0) rejectImport(file, problems);
    return rows;
  }

  private async databaseProblems(rows: readonly CareerEventImportRow[]): Promise<ImportProblem[]> {
    const manager = this.dataSource.manager;
    const people = await personIdsByStaffNumber(
      manager,
      rows.map((row) => row.staffNumber),
    );
    const named = rows.flatMap((row) =>
      [row.fromDepartment, row.toDepartment].filter((code): code is string => code !== null),
    );
    const known: { code: string }[] = await manager.query(DEPARTMENT_CODES_SQL, [
      [...new Set(named)],
    ]);
    const departments = new Set(known.map((department) => department.code));
    const problems: ImportProblem[] = [];
    for (const row of rows) {
      const problem = (field: string, message: string) =>
        problems.push({ line: row.line, field, message });
      if (!people.has(row.staffNumber))
        problem('staff_number', unknownStaffNumber(row.staffNumber));
      for (const [field, code] of [
        ['from_department', row.fromDepartment],
        ['to_department', row.toDepartment],
      ] as const) {
        if (code !== null && !departments.has(code))
          problem(field, `"${code}" is not a department code in the reference data`);
      }
    }
    return problems;
  }
}
