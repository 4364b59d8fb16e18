/**
 * Errors the CLI reports as one line on stderr: bad input, bad options, unreadable files.
 * Anything else that escapes a command is an internal error (exit code 2).
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Exit codes: 0 fine, 1 bad input or usage, 2 internal failure (a bug in tidings). */
export const EXIT_INPUT = 1;
export const EXIT_INTERNAL = 2;

/** First line of an error message, for one-line reports. */
export function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return (msg.split('\n')[0] ?? '').trim() || 'unknown error';
}
