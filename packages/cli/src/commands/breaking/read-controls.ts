import {
  catalogue,
  ControlError,
  parseIgnore,
  parseSeverity,
  type IgnoreEntry,
  type SeverityOverrides,
} from '@circleci-kit/breaking-changes';
import { CliError } from '../../cli-error.ts';
import { ExitCode } from '../../exit-codes.ts';
import { readTextFile } from './read-text-file.ts';

/** A controls file the library refused becomes a usage error (exit 2) naming the flag, the file and the line. */
function refused(error: unknown, flag: string): never {
  if (error instanceof ControlError) throw new CliError(`${flag} ${error.message}`, ExitCode.usage, 'BAD_CONTROLS');
  throw error;
}

const ruleIds = (): string[] => catalogue.map((rule) => rule.id);

/**
 * Reads the `--severity` file (or `breaking.severity`): `rule-id: level` per line.
 *
 * @example
 * const overrides = await readSeverity(io.cwd, 'severity.txt', '--severity');
 */
export async function readSeverity(cwd: string, path: string, flag: string): Promise<SeverityOverrides> {
  const text = await readTextFile(cwd, path, flag);
  try {
    return parseSeverity(text, path, ruleIds());
  } catch (error) {
    return refused(error, flag);
  }
}

/**
 * Reads the `--ignore` file (or `breaking.ignore`): `rule-id METHOD /path [pointer] [until YYYY-MM-DD]` per line.
 *
 * @example
 * const entries = await readIgnore(io.cwd, '.breaking-ignore', '--ignore');
 */
export async function readIgnore(cwd: string, path: string, flag: string): Promise<IgnoreEntry[]> {
  const text = await readTextFile(cwd, path, flag);
  try {
    return parseIgnore(text, path, ruleIds());
  } catch (error) {
    return refused(error, flag);
  }
}
