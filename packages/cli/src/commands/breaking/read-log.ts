import { LogError, parseLog, readLogHistory, type BreakingLog, type LogRevision } from '@circleci-kit/breaking-changes';
import { CliError } from '../../cli-error.ts';
import { ExitCode } from '../../exit-codes.ts';
import { readTextFile } from './read-text-file.ts';

/** A log the library refused becomes a usage error naming the flag and the file (exit 2). */
function refused(error: unknown, flag: string, path: string): never {
  if (error instanceof LogError) throw new CliError(`${flag} ${path}: ${error.message}`, ExitCode.usage, 'BAD_LOG');
  throw error;
}

/** Reads and parses the breaking-changes log `--log` names. */
export async function readLog(cwd: string, path: string, flag: string): Promise<BreakingLog> {
  const markdown = await readTextFile(cwd, path, flag);
  try {
    return await parseLog(markdown);
  } catch (error) {
    return refused(error, flag, path);
  }
}

/** Reads the folder of dated log revisions `--log-history` names (`dir` absolute, `path` as given). */
export async function readLogRevisions(dir: string, path: string, flag: string): Promise<LogRevision[]> {
  try {
    return await readLogHistory(dir);
  } catch (error) {
    return refused(error, flag, path);
  }
}
