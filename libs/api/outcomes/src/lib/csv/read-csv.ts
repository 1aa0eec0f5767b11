import { parse } from 'csv-parse/sync';
import type { ImportRowError as ImportProblem } from '@pathways/api-people';
import { rejectImport } from './import-problems';

/** A data row by column name; a column absent from the file is absent here. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: Readonly<Record<string, string | undefined>>;
}

export interface CsvColumns {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

interface ParsedRow {
  record: string[];
  info: { lines: number };
}

const HEADER_LINE = 1;

function headerProblems(header: readonly string[], columns: CsvColumns): ImportProblem[] {
  const known = [...columns.required, ...columns.optional];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  header.forEach((column, index) => {
    if (column === '') {
      problems.push({ line: HEADER_LINE, field: null, message: `column ${index + 1} has no name` });
    } else if (!known.includes(column)) {
      problems.push({
        line: HEADER_LINE,
        field: column,
        message: `unknown column; the columns are ${known.join(', ')}`,
      });
    } else if (seen.has(column)) {
      problems.push({ line: HEADER_LINE, field: column, message: 'column appears more than once' });
    }
    seen.add(column);
  });
  for (const column of columns.required) {
    if (!seen.has(column))
      problems.push({ line: HEADER_LINE, field: column, message: 'required column is missing' });
  }
  return problems;
}

/**
 * RFC 4180 CSV with a header row, columns in any order, unknown columns rejected. Unquoted
 * cells are trimmed; blank lines are skipped. Rejects (ImportRejectedError) a malformed file.
 */
export function readCsv(file: string, text: string, columns: CsvColumns): CsvRecord[] {
  let rows: ParsedRow[];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), {
      info: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as ParsedRow[];
  } catch (error) {
    const { lines, message } = error as { lines?: number; message?: string };
    rejectImport(file, [
      { line: lines ?? HEADER_LINE, field: null, message: `not valid CSV (${message ?? error})` },
    ]);
  }
  const [head, ...body] = rows;
  if (!head) {
    rejectImport(file, [
      { line: HEADER_LINE, field: null, message: 'the file is empty; a header row is required' },
    ]);
  }
  const header = head.record;
  const problems = headerProblems(header, columns);
  const records: CsvRecord[] = [];
  for (const { record, info } of body) {
    if (record.length !== header.length) {
      problems.push({
        line: info.lines,
        field: null,
        message: `has ${record.length} cells; the header has ${header.length}`,
      });
      continue;
    }
    // info.lines is where the record ends; a quoted line break moves its start up.
    const line = info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    records.push({
      line,
      cells: Object.fromEntries(header.map((column, i) => [column, record[i]])),
    });
  }
  if (problems.length > 0) rejectImport(file, problems);
  return records;
}
