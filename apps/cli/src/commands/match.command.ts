import { readFile, writeFile } from 'node:fs/promises';
import {
  MatchingInputError,
  solveAssignment,
  validateAssignmentInput,
} from '@pathways/domain-matching';
import type { AssignmentInput } from '@pathways/domain-matching';
import { CliUsageError, EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK } from '../cli-error';
import { parseOptions } from '../parse-options';

/**
 * `match --in FILE.json [--out FILE.json]`: runs the exact assignment engine on a file, no
 * database. The result goes to --out or stdout; bad input exits 2 with nothing written.
 */
export async function matchCommand(args: string[]): Promise<number> {
  let inPath: string;
  let outPath: string | undefined;
  try {
    ({ inPath, outPath } = parseMatchArgs(args));
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    return fail(EXIT_BAD_INPUT, `match: ${error.message}`);
  }

  const input = await readInput(inPath);
  if (typeof input === 'string') return fail(EXIT_BAD_INPUT, input);
  const started = process.hrtime.bigint();
  const result = solveAssignment(input);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write(
    `matched ${result.matched} of ${input.mentees.length} mentees ` +
      `(total score ${result.total_score}) in ${seconds.toFixed(3)} s\n`,
  );

  const json = `${JSON.stringify(result, null, 2)}\n`;
  if (outPath === undefined) {
    process.stdout.write(json);
    return EXIT_OK;
  }
  try {
    await writeFile(outPath, json);
  } catch (error) {
    return fail(EXIT_FAILURE, `${outPath}: cannot write the result (${reason(error)})`);
  }
  return EXIT_OK;
}

function parseMatchArgs(args: string[]): { inPath: string; outPath?: string } {
  const { positional, options } = parseOptions(args, ['in', 'out']);
  if (positional.length > 0) throw new CliUsageError(`unexpected argument "${positional[0]}"`);
  const inPath = options.get('in');
  if (!inPath) throw new CliUsageError('--in FILE.json is required');
  return { inPath, outPath: options.get('out') };
}

/** The validated input, or a message naming the file and what is wrong with it. */
async function readInput(path: string): Promise<AssignmentInput | string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return `${path}: cannot read the file (${reason(error)})`;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return `${path}: not valid JSON (${reason(error)})`;
  }
  try {
    return validateAssignmentInput(parsed);
  } catch (error) {
    if (error instanceof MatchingInputError) return `${path}: ${error.message}`;
    throw error;
  }
}

function fail(code: number, message: string): number {
  process.stderr.write(`${message}\n`);
  return code;
}

/** The errno code (ENOENT…) or message; structural, since errors may come from another realm. */
function reason(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof code === 'string') return code;
    if (typeof message === 'string') return message;
  }
  return String(error);
}
