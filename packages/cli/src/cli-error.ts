import type { ExitCodeValue } from './exit-codes.ts';

/**
 * An error that ends a command with a message for the user and a given exit
 * code. Commands throw it; `main` prints the message and returns the code.
 *
 * @example
 * throw new CliError('cannot read --body @body.json: no such file', ExitCode.usage);
 */
export class CliError extends Error {
  /** The exit code `main` returns for this error. */
  readonly exitCode: ExitCodeValue;
  /** A machine-readable code, printed in `--json` error output. */
  readonly code: string;

  /**
   * @param message - what went wrong and what to do, printed after `circleci-kit: `.
   * @param exitCode - the code `main` returns.
   * @param code - a machine-readable code.
   * @param options - `cause`: the error this one stands for (a package's error, kept whole).
   */
  constructor(message: string, exitCode: ExitCodeValue, code = 'CLI_ERROR', options?: ErrorOptions) {
    super(message, options);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.code = code;
  }
}
