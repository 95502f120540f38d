import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { CliError } from '../../cli-error.ts';
import { ExitCode } from '../../exit-codes.ts';

/**
 * Reads a text file named by a flag (relative to `cwd`), or ends the
 * command with exit 2 and a message naming the flag.
 *
 * @example
 * const markdown = await readTextFile(io.cwd, options.log, '--log');
 */
export async function readTextFile(cwd: string, path: string, flag: string): Promise<string> {
  try {
    return await readFile(isAbsolute(path) ? path : join(cwd, path), 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ${flag} ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      ExitCode.usage,
      'BAD_FILE',
    );
  }
}
