import { Injectable } from '@nestjs/common';
import { AuditService } from '@pathways/api-audit';
import { DataSource, EntityManager } from 'typeorm';
import type { ImportRowError as ImportProblem } from '@pathways/api-people';
import { rejectImport } from '../csv/import-problems';
import { readCsv } from '../csv/read-csv';
import { checkEnrolmentRow, ENROLMENT_COLUMNS, EnrolmentImportRow } from './enrolment-csv';
import {
  CREATE_COHORTS_SQL,
  CREATE_PROGRAMMES_SQL,
  PROGRAMME_TYPES_SQL,
  UPSERT_ENROLMENTS_SQL,
} from './enrolments-import.sql';
import { personIdsByStaffNumber, unknownStaffNumber } from './people-lookup';

export interface EnrolmentsImportResult {
  rows: number;
  inserted: number;
  updated: number;
  programmesCreated: number;
  cohortsCreated: number;
}

/** `import enrolments`: every row is checked first; then one transaction writes them all. */
@Injectable()
export class EnrolmentsImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async importCsv(
    file: string,
    text: string,
    actorPersonId: string | null = null,
  ): Promise<EnrolmentsImportResult> {
    const rows = await this.validRows(file, text);
    return this.dataSource.transaction(async (manager) => {
      const result = await this.write(manager, rows);
      await this.audit.record(
        { actorPersonId, action: 'import.enrolments', detail: { file, ...result } },
        manager,
      );
      return result;
    });
  }

  private async validRows(file: string, text: string): Promise<EnrolmentImportRow[]> {
    const problems: ImportProblem[] = [];
    const rows: EnrolmentImportRow[] = [];
    for (const record of readCsv(file, text, ENROLMENT_COLUMNS)) {
      const result = checkEnrolmentRow(record);
      if (result.ok) rows.push(result.row);
      else problems.push(...result.problems);
    }
    problems.push(...repeatedRows(rows), ...(await this.databaseProblems(rows)));
    if (problems.length > 0) rejectImport(file, problems);
    return rows;
  }

  private async databaseProblems(rows: readonly EnrolmentImportRow[]): Promise<ImportProblem[]> {
    const manager = this.dataSource.manager;
    const people = await personIdsByStaffNumber(
      manager,
      rows.flatMap((row) =>
        row.mentorStaffNumber === null
          ? [row.staffNumber]
          : [row.staffNumber, row.mentorStaffNumber],
      ),
    );
    const existing: { code: string; type: string }[] = await manager.query(PROGRAMME_TYPES_SQL, [
      [...new Set(rows.map((row) => row.programme))],
    ]);
    const typeOf = new Map(existing.map((programme) => [programme.code, programme.type]));
    const firstType = new Map<string, EnrolmentImportRow>();
    const problems: ImportProblem[] = [];
    for (const row of rows) {
      const problem = (field: string, message: string) =>
        problems.push({ line: row.line, field, message });
      if (!people.has(row.staffNumber))
        problem('staff_number', unknownStaffNumber(row.staffNumber));
      if (row.mentorStaffNumber !== null && !people.has(row.mentorStaffNumber))
        problem('mentor_staff_number', unknownStaffNumber(row.mentorStaffNumber));
      const stored = typeOf.get(row.programme);
      const first = firstType.get(row.programme) ?? row;
      firstType.set(row.programme, first);
      if (stored !== undefined && stored !== row.programmeType) {
        problem(
          'programme_type',
          `programme ${row.programme} is a ${stored} programme, not ${row.programmeType}`,
        );
      } else if (first.programmeType !== row.programmeType) {
        problem(
          'programme_type',
          `line ${first.line} gives programme ${row.programme} type ${first.programmeType}`,
        );
      }
    }
    return problems;
  }

  private async write(
    manager: EntityManager,
    rows: readonly EnrolmentImportRow[],
  ): Promise<EnrolmentsImportResult> {
    const programmes = new Map(rows.map((row) => [row.programme, row.programmeType]));
    const [programmesCreated]: Created[] = await manager.query(CREATE_PROGRAMMES_SQL, [
      [...programmes.keys()],
      [...programmes.values()],
    ]);
    const cohorts = [
      ...new Map(rows.map((row) => [`${row.programme}\u0000${row.cohort}`, row])).values(),
    ];
    const [cohortsCreated]: Created[] = await manager.query(CREATE_COHORTS_SQL, [
      cohorts.map((row) => row.programme),
      cohorts.map((row) => row.cohort),
    ]);
    const [counts]: { inserted: number; updated: number }[] = await manager.query(
      UPSERT_ENROLMENTS_SQL,
      [
        rows.map((row) => row.staffNumber),
        rows.map((row) => row.programme),
        rows.map((row) => row.cohort),
        rows.map((row) => row.role),
        rows.map((row) => row.startDate),
        rows.map((row) => row.endDate),
        rows.map((row) => row.mentorStaffNumber),
        rows.map((row) => row.metExpectations),
        rows.map((row) => row.sessionsInteresting),
      ],
    );
    return {
      rows: rows.length,
      inserted: counts?.inserted ?? 0,
      updated: counts?.updated ?? 0,
      programmesCreated: programmesCreated?.created ?? 0,
      cohortsCreated: cohortsCreated?.created ?? 0,
    };
  }
}

interface Created {
  created: number;
}

/** Two rows for the same (programme, cohort, person, role) would make the upsert ambiguous. */
function repeatedRows(rows: readonly EnrolmentImportRow[]): ImportProblem[] {
  const seen = new Map<string, number>();
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const key = [row.programme, row.cohort, row.staffNumber, row.role].join('\u0000');
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.line);
    else
      problems.push({
        line: row.line,
        field: 'staff_number',
        message: `repeats line ${first} (same programme, cohort, person and role)`,
      });
  }
  return problems;
}
