/** How many problems an import reports before it only counts the rest. */
export const MAX_REPORTED_ERRORS = 20;

/** One problem in an import file. `line` is the physical line (the header is line 1). */
export interface ImportRowError {
  line: number;
  /** The column at fault, or null when the whole row or file is. */
  field: string | null;
  message: string;
}

/** `FILE:LINE: field "x": what is wrong`, the form the user sees. */
export function formatImportRowError(file: string, error: ImportRowError): string {
  const field = error.field === null ? '' : `field "${error.field}": `;
  return `${file}:${error.line}: ${field}${error.message}`;
}

/** Bad input: nothing was written. `messages` are the lines to show, one problem each. */
export class ImportRejectedError extends Error {
  override name = 'ImportRejectedError';

  constructor(
    readonly file: string,
    readonly messages: readonly string[],
    readonly errors: readonly ImportRowError[] = [],
  ) {
    super(messages.join('\n'));
  }

  /** The first errors by line, and a closing line saying how many more there were. */
  static fromRowErrors(
    file: string,
    errors: readonly ImportRowError[],
    total = errors.length,
  ): ImportRejectedError {
    const sorted = [...errors].sort((a, b) => a.line - b.line);
    const messages = sorted.map((error) => formatImportRowError(file, error));
    if (total > sorted.length)
      messages.push(`${file}: ${total - sorted.length} more error(s) not shown`);
    return new ImportRejectedError(file, messages, sorted);
  }

  static unreadable(file: string, reason: string): ImportRejectedError {
    return new ImportRejectedError(file, [`${file}: cannot read the file (${reason})`]);
  }
}
