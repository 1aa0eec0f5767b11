import { DemoSeedService } from '@pathways/api-core';
import { CliUsageError, EXIT_OK } from '../cli-error';
import { withAppContext } from '../app-context';
import { parseOptions } from '../parse-options';

export async function seedCommand(args: string[]): Promise<number> {
  const { positional, options } = parseOptions(args, ['data-dir']);
  if (positional.length !== 1 || positional[0] !== 'demo')
    throw new CliUsageError('usage: seed demo [--data-dir DIR]');
  const lines = await withAppContext(options.get('data-dir'), (context) =>
    context.get(DemoSeedService).seedDemo(),
  );
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.stderr.write('demo data loaded\n');
  return EXIT_OK;
}
