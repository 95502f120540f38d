import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../../cli-error.ts';
import { ExitCode } from '../../exit-codes.ts';

/**
 * The value of `--body`: JSON text, or `@path` to read JSON from a file
 * (relative to `cwd`).
 *
 * @example
 * await readBody('{"branch":"dev"}', process.cwd()); // { branch: 'dev' }
 * await readBody('@body.json', process.cwd());
 */
export async function readBody(flag: string, cwd: string): Promise<unknown> {
  let text = flag;
  let from = '--body';
  if (flag.startsWith('@')) {
    from = `--body ${flag}`;
    try {
      text = await readFile(resolve(cwd, flag.slice(1)), 'utf8');
    } catch (error) {
      throw new CliError(`cannot read ${from}: ${(error as Error).message}`, ExitCode.usage, 'BAD_BODY');
    }
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${from} is not JSON: ${(error as Error).message}`, ExitCode.usage, 'BAD_BODY');
  }
}
