import { CommanderError } from 'commander';
import { ExitCode } from './exit-codes.ts';
import { processIo, type CliIo } from './io.ts';
import { createProgram } from './create-program.ts';

/**
 * Runs `circleci-kit` with the given arguments (without `node` and the script)
 * and returns the exit code. Errors never escape: usage errors give 2; a
 * `CliError`, or an error of a package, the code and message
 * {@link cliErrorOf} gives it; anything unexpected 1 with its message (and
 * its stack with `--verbose`).
 *
 * @example
 * process.exitCode = await main(['spec', 'info', '--json']);
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = createProgram({ io, setExitCode: (code) => void (exitCode = code) }, argv);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    // The error mapper (and the error classes it knows) loads only when a command fails.
    const known = await (await import('./cli-error-of.ts')).cliErrorOf(error);
    if (known !== undefined) {
      io.stderr(`circleci-kit: ${known.message}\n`);
      return known.exitCode;
    }
    io.stderr(`circleci-kit: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (program.opts<{ verbose?: boolean }>().verbose === true && error instanceof Error && error.stack) {
      io.stderr(`${error.stack}\n`);
    }
    return ExitCode.checkFailed;
  }
}
