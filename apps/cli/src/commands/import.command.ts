import { stat } from 'node:fs/promises';
import { ImportRejectedError, PeopleImportService } from '@pathways/api-people';
import type { PeopleImportProgress } from '@pathways/api-people';
import { withAppContext } from '../app-context';
import { CliUsageError, EXIT_BAD_INPUT, EXIT_OK } from '../cli-error';
import { parseOptions } from '../parse-options';
import { importEnrolments, importEvents } from './import-outcomes.command';

const USAGE = 'usage: import people|enrolments|events FILE.csv [--data-dir DIR]';

/**
 * `import people FILE.csv`: one JSON line on stdout with the counts; progress and, for bad
 * input, every problem found (file, line, field) on stderr with exit 2 and nothing written.
 */
export async function importCommand(args: string[]): Promise<number> {
  const [kind, ...rest] = args;
  if (kind === 'enrolments') return importEnrolments(rest);
  if (kind === 'events') return importEvents(rest);
  if (kind !== 'people') throw new CliUsageError(USAGE);
  const { positional, options } = parseOptions(rest, ['data-dir']);
  const [file] = positional;
  if (file === undefined || positional.length > 1) throw new CliUsageError(USAGE);

  // Before the database starts, so a mistyped name fails fast.
  await assertReadableFile(file);
  const started = process.hrtime.bigint();
  try {
    const result = await withAppContext(options.get('data-dir'), (context) =>
      context.get(PeopleImportService).importPeople(file, { onProgress: reportProgress }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    process.stderr.write(`import people: ${result.rows} rows in ${seconds.toFixed(1)} s\n`);
    process.stdout.write(
      `${JSON.stringify({
        imported: 'people',
        rows: result.rows,
        created: result.created,
        updated: result.updated,
        snapshots: result.snapshots,
        snapshot_dates: result.snapshotDates,
      })}\n`,
    );
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof ImportRejectedError)) throw error;
    for (const message of error.messages) process.stderr.write(`${message}\n`);
    process.stderr.write(`${file}: nothing imported\n`);
    return EXIT_BAD_INPUT;
  }
}

async function assertReadableFile(file: string): Promise<void> {
  const stats = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new CliUsageError(`${file}: cannot read the file (${error.message})`);
  });
  if (!stats.isFile()) throw new CliUsageError(`${file}: cannot read the file (not a file)`);
}

function reportProgress(progress: PeopleImportProgress): void {
  const rows = progress.rows.toLocaleString('en-GB');
  const line =
    progress.phase === 'checked'
      ? `checked ${rows} rows`
      : progress.phase === 'staged'
        ? `staged ${rows} of ${progress.total.toLocaleString('en-GB')} rows`
        : `writing people, snapshots and answers for ${rows} rows`;
  process.stderr.write(`import people: ${line}\n`);
}
