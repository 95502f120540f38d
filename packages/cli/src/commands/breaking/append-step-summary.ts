import { appendFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from '../../io.ts';

/**
 * Appends Markdown to the job summary of a GitHub Actions step: the file
 * named by `$GITHUB_STEP_SUMMARY` (appended to, as GitHub expects, so other
 * steps' summaries stay). Without the variable nothing is written. A file
 * that cannot be written is a warning on stderr, not an error: the summary
 * never changes the command's verdict. True when the summary was written.
 *
 * @example
 * await appendStepSummary(io, formatMarkdown(report));
 */
export async function appendStepSummary(io: CliIo, markdown: string): Promise<boolean> {
  const path = io.env.GITHUB_STEP_SUMMARY;
  if (path === undefined || path === '') return false;
  try {
    await appendFile(resolve(io.cwd, path), markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    return true;
  } catch (error) {
    io.stderr(
      `warning: cannot write the job summary to $GITHUB_STEP_SUMMARY ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`,
    );
    return false;
  }
}
