import 'reflect-metadata';
import { CliUsageError, EXIT_BAD_INPUT, EXIT_FAILURE } from './cli-error';

type Command = (args: string[]) => Promise<number>;

const USAGE = `usage: npm run --silent cli -- <command> [options]

  migrate                                   apply pending migrations
  seed demo                                 load the demo dataset (idempotent)
  import people FILE.csv                    upsert a workforce snapshot
  import enrolments FILE.csv                upsert programme enrolments
  import events FILE.csv                    append career events
  match --in FILE.json [--out FILE.json]    run the assignment engine on a file
  report outcomes --programme CODE [--as-of YYYY-MM-DD] [--format json|csv]

Every database command takes --data-dir DIR (another embedded data directory).`;

// Loaded lazily so that `match` starts without Nest or a database.
const COMMANDS: Record<string, () => Promise<Command>> = {
  migrate: async () => (await import('./commands/migrate.command')).migrateCommand,
  seed: async () => (await import('./commands/seed.command')).seedCommand,
  match: async () => (await import('./commands/match.command')).matchCommand,
  import: async () => (await import('./commands/import.command')).importCommand,
  report: async () => (await import('./commands/report.command')).reportCommand,
};

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stderr.write(`${USAGE}\n`);
    return name ? 0 : EXIT_BAD_INPUT;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`unknown command "${name}"\n\n${USAGE}\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    return await (
      await load()
    )(args);
  } catch (error) {
    if (error instanceof CliUsageError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    process.stderr.write(`error: ${(error as Error)?.message ?? String(error)}\n`);
    return EXIT_FAILURE;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
