import { resolve } from 'node:path';
import { readPacts } from '@circleci-kit/pact';
import { CliError } from '../../cli-error.ts';
import type { CircleciKitConfig } from '../../config.ts';
import { ExitCode } from '../../exit-codes.ts';
import type { CliIo } from '../../io.ts';

/**
 * Reads the pacts a `pact` command names, else those in the config's
 * `pact.dir`; naming neither is a usage error.
 *
 * @throws {PactError} `NOT_FOUND` or `BAD_PACT` (exit 2) for a missing or broken pact.
 * @example
 * const pacts = readPactsForCli(io, 'pacts', config);
 */
export function readPactsForCli(
  io: CliIo,
  path: string | undefined,
  config?: CircleciKitConfig,
): ReturnType<typeof readPacts> {
  const named = path ?? config?.pact?.dir;
  if (named === undefined) {
    throw new CliError('name a pact file or folder, or set pact.dir in the config', ExitCode.usage, 'NO_PACT');
  }
  return readPacts(resolve(io.cwd, named));
}
