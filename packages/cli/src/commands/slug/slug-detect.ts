import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { CommandContext } from '../../command-context.ts';

/**
 * Registers `slug detect`: the project slug of a remote (`origin` by default)
 * of the git repository holding the working directory, read from its
 * `.git/config` without running git.
 *
 * @example
 * registerSlugDetect(slugGroup, context); // circleci-kit slug detect --remote upstream --json
 */
export function registerSlugDetect(group: Command, context: CommandContext): void {
  group
    .command('detect')
    .description("the project slug of the current repository's remote, from its .git/config")
    .option('--remote <name>', 'the remote to read', 'origin')
    .option('--json', 'print JSON: { vcs, org, project, slug }, or { error: { code, message } }')
    .addHelpText(
      'after',
      '\nExamples:\n  $ circleci-kit slug detect\n  $ circleci-kit slug detect --remote upstream --json\n',
    )
    .action(async (options: { remote: string; json?: boolean }) => {
      const [{ runSlugCommand }, { findGitConfig }] = await Promise.all([
        import('./run-slug-command.ts'),
        import('@circleci-kit/slug/find-git-config'),
      ]);
      runSlugCommand(context, options.json === true, ({ slugFromGitConfig }) =>
        slugFromGitConfig(readFileSync(findGitConfig(context.io.cwd), 'utf8'), options.remote),
      );
    });
}
