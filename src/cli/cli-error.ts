/**
 * A failure the user can act on: bad arguments or an unreadable file.
 * The entry point prints `message` as one line on stderr and exits with code 2 (no stack trace).
 *
 * @example throw new CliError("--rows: 0 is not a row number (rows start at 1)");
 */
export class CliError extends Error {
  override readonly name = "CliError";
  /** Exit code: 2 for bad usage or unreadable input. */
  readonly exitCode = 2;
}
