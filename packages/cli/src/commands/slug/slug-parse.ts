import type { Command } from 'commander';
import type { CommandContext } from '../../command-context.ts';

/**
 * Registers `slug parse <input>`: parses a project slug in any accepted form
 * and prints its parts and canonical form.
 *
 * @example
 * registerSlugParse(slugGroup, context); // circleci-kit slug parse github/org/repo --json
 */
export function registerSlugParse(group: Command, context: CommandContext): void {
  group
    .command('parse')
    .description('parse a project slug (gh/, github/, bb/, bitbucket/ or circleci/<orgId>/<projectId>)')
    .argument('<input>', 'the slug, e.g. github/CircleCI-Public/circleci-cli')
    .option('--json', 'print JSON: { vcs, org, project, slug }, or { error: { code, message } }')
    .addHelpText(
      'after',
      '\nExamples:\n  $ circleci-kit slug parse github/CircleCI-Public/circleci-cli\n  $ circleci-kit slug parse circleci/43G3lM5RtfFE7v5sa4nWAU/44n9wujWcTnVZ2b5S8Fnat --json\n',
    )
    .action(async (input: string, options: { json?: boolean }) =>
      (await import('./run-slug-command.ts')).runSlugCommand(context, options.json === true, ({ parseProjectSlug }) =>
        parseProjectSlug(input),
      ),
    );
}
