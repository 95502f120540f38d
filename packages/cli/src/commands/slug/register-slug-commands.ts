import type { RegisterCommands } from '../../command-context.ts';
import { registerSlugDetect } from './slug-detect.ts';
import { registerSlugFromUrl } from './slug-from-url.ts';
import { registerSlugParse } from './slug-parse.ts';

/**
 * Registers the `slug` group: `slug parse`, `slug from-url` and `slug detect`.
 *
 * @example
 * const groups: RegisterCommands[] = [registerSlugCommands];
 */
export const registerSlugCommands: RegisterCommands = (program, context) => {
  const group = program
    .command('slug')
    .description('parse CircleCI project slugs, from slugs, URLs and git remotes')
    .addHelpText(
      'after',
      '\nExamples:\n  $ circleci-kit slug parse github/CircleCI-Public/circleci-cli\n  $ circleci-kit slug from-url git@github.com:CircleCI-Public/circleci-cli.git\n  $ circleci-kit slug detect --json\n',
    );
  registerSlugParse(group, context);
  registerSlugFromUrl(group, context);
  registerSlugDetect(group, context);
};
