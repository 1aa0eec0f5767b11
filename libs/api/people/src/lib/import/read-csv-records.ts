import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { ImportRejectedError } from './import-errors';
import { InvalidUtf8Error, Utf8CheckStream } from './utf8-check-stream';

/** One CSV record and the physical line it starts on (1 = the first line of the file). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

const CSV_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (a " is missing)',
  INVALID_OPENING_QUOTE:
    'a " appears inside a field that is not quoted; quote the whole field and double the " inside it',
  CSV_INVALID_CLOSING_QUOTE: 'a closing " is followed by other characters before the next comma',
};

function lineBreaks(field: string): number {
  if (!field.includes('\n') && !field.includes('\r')) return 0;
  return field.match(/\r\n|\n|\r/g)?.length ?? 0;
}

/**
 * Streams the records of an RFC 4180 file. Blank lines are skipped but still counted.
 * Lines are counted from the parsed fields (line breaks inside quoted fields, plus one per
 * record) rather than csv-parse's `info.lines`, which counts a quoted CRLF as two lines.
 * Unreadable files and malformed CSV are rejected with the file and line named.
 */
export async function* readCsvRecords(file: string): AsyncGenerator<CsvRecord> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw ImportRejectedError.unreadable(file, error.message);
  });
  if (!(await handle.stat()).isFile()) {
    await handle.close();
    throw ImportRejectedError.unreadable(file, 'not a file');
  }
  let nextLine = 1;
  const parser = parse({
    bom: true,
    // Every line end ends a record: csv-parse would otherwise take the first one it meets as
    // the only one and merge the rows of a file whose line ends are mixed.
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    skip_empty_lines: false,
    // Runs synchronously as each record is parsed, so `nextLine` is exact when a later one fails.
    // The record's first line goes in front of its fields (csv-parse types records as string[]).
    on_record: (fields) => {
      const line = nextLine;
      nextLine += 1;
      for (const field of fields) nextLine += lineBreaks(field);
      return fields.every((field) => field.trim() === '') ? null : [String(line), ...fields];
    },
  });
  pipeline(
    handle.createReadStream({ highWaterMark: 1 << 18 }),
    new Utf8CheckStream(),
    parser,
    () => {
      // Errors surface through the iteration below.
    },
  );
  try {
    for await (const [line, ...fields] of parser as AsyncIterable<string[]>)
      yield { line: Number(line), fields };
  } catch (error) {
    if (error instanceof InvalidUtf8Error)
      throw ImportRejectedError.fromRowErrors(file, [
        { line: error.line, field: null, message: error.message },
      ]);
    if (error instanceof CsvError)
      throw ImportRejectedError.fromRowErrors(file, [
        { line: nextLine, field: null, message: CSV_ERROR_MESSAGES[error.code] ?? error.message },
      ]);
    if (error instanceof Error && 'code' in error && typeof error.code === 'string')
      throw ImportRejectedError.unreadable(file, error.message);
    throw error;
  } finally {
    parser.destroy();
  }
}
