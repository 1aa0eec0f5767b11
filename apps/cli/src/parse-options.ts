import { CliUsageError } from './cli-error';

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
}

/** `--name value` pairs and positional words; only the named options are accepted. */
export function parseOptions(args: string[], allowed: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as string;
    if (!word.startsWith('--')) {
      positional.push(word);
      continue;
    }
    const [name, inlineValue] = word.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!allowed.includes(name)) {
      throw new CliUsageError(
        `unknown option --${name}${allowed.length ? ` (allowed: ${allowed.map((a) => `--${a}`).join(', ')})` : ''}`,
      );
    }
    const value = inlineValue ?? args[++i];
    if (value === undefined || value.startsWith('--'))
      throw new CliUsageError(`option --${name} needs a value`);
    options.set(name, value);
  }
  return { positional, options };
}
