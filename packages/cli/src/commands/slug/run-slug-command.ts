import * as slugPackage from '@circleci-kit/slug';
import { SlugError, type ParsedProjectSlug } from '@circleci-kit/slug';
import type { CommandContext } from '../../command-context.ts';
import { ExitCode } from '../../exit-codes.ts';
import { printJson } from '../../io.ts';

/**
 * Runs a `slug` command: prints the slug `find` returns (given the slug
 * package, which loads only when a `slug` command runs) as `{ vcs, org,
 * project, slug }` (JSON with `--json`, aligned lines otherwise). A
 * {@link SlugError} ends the command with exit code 2: with `--json` it
 * prints `{ "error": { "code", "message" } }` on stdout, otherwise `main`
 * prints the message on stderr.
 *
 * @example
 * runSlugCommand(context, options.json === true, ({ parseProjectSlug }) => parseProjectSlug(input));
 */
export function runSlugCommand(
  { io, setExitCode }: CommandContext,
  json: boolean,
  find: (slug: typeof slugPackage) => ParsedProjectSlug,
): void {
  let parsed: ParsedProjectSlug;
  try {
    parsed = find(slugPackage);
  } catch (error) {
    if (!(error instanceof SlugError) || !json) throw error;
    printJson(io, { error: { code: error.code, message: error.message } });
    setExitCode(ExitCode.usage);
    return;
  }
  const { vcs, org, project, slug } = parsed;
  if (json) {
    printJson(io, { vcs, org, project, slug });
    return;
  }
  for (const [key, value] of Object.entries({ vcs, org, project, slug })) io.stdout(`${`${key}:`.padEnd(9)}${value}\n`);
}
