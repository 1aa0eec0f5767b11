import { PEOPLE_ANSWER_COLUMNS } from './people-csv-columns';
import type { PeopleImportRow } from './people-import-row';

type CellValue = string | number | boolean | null;

/** One column of the staging table: its SQL name and type and the values of every row. */
export interface StageColumn {
  name: string;
  sqlType: 'integer' | 'date' | 'text' | 'boolean';
  values: CellValue[];
}

/**
 * The valid rows of a file, held column by column: compact for 100,000 rows, and already the
 * shape of the arrays that `unnest` turns back into rows.
 */
export class PeopleImportBatch {
  private readonly byName = new Map<string, StageColumn>();
  readonly columns: readonly StageColumn[];
  private readonly dates = new Set<string>();
  private count = 0;

  constructor() {
    const column = (name: string, sqlType: StageColumn['sqlType']): StageColumn => {
      const created: StageColumn = { name, sqlType, values: [] };
      this.byName.set(name, created);
      return created;
    };
    this.columns = [
      column('line', 'integer'),
      column('snapshot_date', 'date'),
      column('staff_number', 'text'),
      column('given_name', 'text'),
      column('family_name', 'text'),
      column('email', 'text'),
      column('department_code', 'text'),
      column('grade_code', 'text'),
      column('profession_code', 'text'),
      column('region_code', 'text'),
      column('date_of_birth', 'date'),
      column('care_leaver', 'boolean'),
      column('apprentice', 'boolean'),
      ...PEOPLE_ANSWER_COLUMNS.map((name) => column(name, 'text')),
    ];
  }

  get size(): number {
    return this.count;
  }

  add(row: PeopleImportRow): void {
    this.push('line', row.line);
    this.push('snapshot_date', row.snapshotDate);
    this.push('staff_number', row.staffNumber);
    this.push('given_name', row.givenName);
    this.push('family_name', row.familyName);
    this.push('email', row.email);
    this.push('department_code', row.departmentCode);
    this.push('grade_code', row.gradeCode);
    this.push('profession_code', row.professionCode);
    this.push('region_code', row.regionCode);
    this.push('date_of_birth', row.dateOfBirth);
    this.push('care_leaver', row.careLeaver);
    this.push('apprentice', row.apprentice);
    for (const column of PEOPLE_ANSWER_COLUMNS) this.push(column, row.answers[column]);
    this.dates.add(row.snapshotDate);
    this.count++;
  }

  /** The distinct snapshot dates, earliest first. */
  snapshotDates(): string[] {
    return [...this.dates].sort();
  }

  valuesOf(name: string): readonly CellValue[] {
    return this.byName.get(name)?.values ?? [];
  }

  private push(name: string, value: CellValue): void {
    (this.byName.get(name) as StageColumn).values.push(value);
  }
}
