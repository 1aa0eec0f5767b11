/** A failure the user can fix: bad arguments or bad input. Exits 2 with the message. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;
