import { readFile } from 'node:fs/promises';
import type { INestApplicationContext } from '@nestjs/common';
import { EnrolmentsImportService, EventsImportService } from '@pathways/api-outcomes';
import { ImportRejectedError } from '@pathways/api-people';
import { withAppContext } from '../app-context';
import { CliUsageError, EXIT_BAD_INPUT, EXIT_OK } from '../cli-error';
import { parseOptions } from '../parse-options';

interface ImportRequest {
  file: string;
  text: string;
  dataDir: string | undefined;
}

// Read before the database starts, so a mistyped name fails fast.
async function readImport(kind: string, args: string[]): Promise<ImportRequest> {
  const { positional, options } = parseOptions(args, ['data-dir']);
  if (positional.length !== 1)
    throw new CliUsageError(`usage: import ${kind} FILE.csv [--data-dir DIR]`);
  const file = positional[0] as string;
  try {
    return { file, text: await readFile(file, 'utf8'), dataDir: options.get('data-dir') };
  } catch (error) {
    throw new CliUsageError(`${file}: cannot read the file (${(error as Error).message})`);
  }
}

/**
 * One JSON line of counts on stdout; for bad input every problem (file, line, field) on
 * stderr, exit 2 and nothing written.
 */
async function runImport(
  kind: string,
  args: string[],
  work: (context: INestApplicationContext, request: ImportRequest) => Promise<object>,
): Promise<number> {
  const request = await readImport(kind, args);
  try {
    const result = await withAppContext(request.dataDir, (context) => work(context, request));
    process.stdout.write(`${JSON.stringify({ imported: kind, ...result })}\n`);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof ImportRejectedError)) throw error;
    for (const message of error.messages) process.stderr.write(`${message}\n`);
    process.stderr.write(`${request.file}: nothing imported\n`);
    return EXIT_BAD_INPUT;
  }
}

/** `import enrolments FILE.csv`: upserts programme enrolments (contracts.md). */
export function importEnrolments(args: string[]): Promise<number> {
  return runImport('enrolments', args, async (context, { file, text }) => {
    const result = await context.get(EnrolmentsImportService).importCsv(file, text);
    process.stderr.write(
      `import enrolments: ${result.rows} rows, ${result.inserted} new, ${result.updated} updated\n`,
    );
    return {
      rows: result.rows,
      created: result.inserted,
      updated: result.updated,
      programmes_created: result.programmesCreated,
      cohorts_created: result.cohortsCreated,
    };
  });
}

/** `import events FILE.csv`: appends career events; a repeated event_id is skipped. */
export function importEvents(args: string[]): Promise<number> {
  return runImport('events', args, async (context, { file, text }) => {
    const result = await context.get(EventsImportService).importCsv(file, text);
    process.stderr.write(
      `import events: ${result.rows} rows, ${result.inserted} added, ${result.skipped} skipped\n`,
    );
    return { rows: result.rows, created: result.inserted, skipped: result.skipped };
  });
}
