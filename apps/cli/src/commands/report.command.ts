import { DomainError } from '@pathways/api-core';
import { OutcomeReportService } from '@pathways/api-outcomes';
import { outcomeReportToCsv } from '@pathways/domain-stats';
import { withAppContext } from '../app-context';
import { CliUsageError, EXIT_OK } from '../cli-error';
import { parseOptions } from '../parse-options';

const USAGE =
  'usage: report outcomes --programme CODE [--as-of YYYY-MM-DD] [--format json|csv] [--data-dir DIR]';
const FORMATS = ['json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Today on this machine's calendar. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `report outcomes`: the programme outcome report of contracts.md on stdout, nothing else. */
export async function reportCommand(args: string[]): Promise<number> {
  const { positional, options } = parseOptions(args, ['programme', 'as-of', 'format', 'data-dir']);
  if (positional.length !== 1 || positional[0] !== 'outcomes') throw new CliUsageError(USAGE);
  const programme = options.get('programme');
  if (!programme) throw new CliUsageError(`--programme CODE is required\n${USAGE}`);
  const asOf = options.get('as-of') ?? today();
  if (!isCalendarDate(asOf))
    throw new CliUsageError(`--as-of: "${asOf}" is not a date; expected YYYY-MM-DD`);
  const format = options.get('format') ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new CliUsageError(`--format: "${format}" is not json or csv`);

  const output = await withAppContext(options.get('data-dir'), async (context) => {
    const reports = context.get(OutcomeReportService);
    try {
      const report = await reports.report(programme, asOf);
      await reports.recordExport(report, format as Format, null);
      return format === 'csv' ? outcomeReportToCsv(report) : `${JSON.stringify(report, null, 2)}\n`;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND')
        throw new CliUsageError(`--programme: unknown programme "${programme}"`);
      throw error;
    }
  });
  process.stdout.write(output);
  return EXIT_OK;
}
