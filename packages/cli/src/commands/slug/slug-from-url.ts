import type { Command } from 'commander';
import type { CommandContext } from '../../command-context.ts';

/**
 * Registers `slug from-url <url>`: the project slug of a GitHub or Bitbucket
 * URL, an SSH remote, or a CircleCI app, legacy or API URL.
 *
 * @example
 * registerSlugFromUrl(slugGroup, context); // circleci-kit slug from-url git@github.com:org/repo.git
 */
export function registerSlugFromUrl(group: Command, context: CommandContext): void {
  group
    .command('from-url')
    .description('the project slug of a repository URL, SSH remote, or CircleCI app/API URL')
    .argument('<url>', 'e.g. https://app.circleci.com/pipelines/github/org/repo/123')
    .option('--json', 'print JSON: { vcs, org, project, slug }, or { error: { code, message } }')
    .addHelpText(
      'after',
      '\nExamples:\n  $ circleci-kit slug from-url git@github.com:CircleCI-Public/circleci-cli.git\n  $ circleci-kit slug from-url https://app.circleci.com/pipelines/github/CircleCI-Public/circleci-cli/123 --json\n',
    )
    .action(async (url: string, options: { json?: boolean }) =>
      (await import('./run-slug-command.ts')).runSlugCommand(context, options.json === true, ({ slugFromUrl }) =>
        slugFromUrl(url),
      ),
    );
}
