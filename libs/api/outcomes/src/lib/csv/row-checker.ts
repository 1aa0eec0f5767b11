import { isCalendarDate } from './calendar-date';
import type { CsvRecord } from './read-csv';
import type { ImportRowError as ImportProblem } from '@pathways/api-people';

const FLAGS: Readonly<Record<string, boolean>> = { yes: true, no: false };

/** Reads the cells of one CSV record, collecting every problem instead of stopping at the first. */
export class RowChecker {
  readonly problems: ImportProblem[] = [];

  constructor(private readonly record: CsvRecord) {}

  get line(): number {
    return this.record.line;
  }

  fail(field: string, message: string): null {
    this.problems.push({ line: this.record.line, field, message });
    return null;
  }

  /** The trimmed cell; null when empty or the column is absent (not provided). */
  optional(field: string): string | null {
    return this.record.cells[field]?.trim() || null;
  }

  required(field: string): string | null {
    return this.optional(field) ?? this.fail(field, 'required, but the cell is empty');
  }

  oneOf<T extends string>(field: string, value: string | null, allowed: readonly T[]): T | null {
    if (value === null) return null;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(field, `"${value}" is not allowed; expected one of ${allowed.join(', ')}`);
  }

  date(field: string, value: string | null): string | null {
    if (value === null || isCalendarDate(value)) return value;
    return this.fail(field, `"${value}" is not a date; expected YYYY-MM-DD, a real calendar day`);
  }

  flag(field: string): boolean | null {
    const value = this.optional(field);
    if (value === null) return null;
    return FLAGS[value] ?? this.fail(field, `"${value}" must be yes or no`);
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }
}
