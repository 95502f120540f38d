import type { RegisterCommands } from '../../command-context.ts';
import { registerBreakingDiff } from './breaking-diff.ts';
import { registerBreakingHistory } from './breaking-history.ts';
import { breakingExitCodes } from './exit-codes-help.ts';

/**
 * Registers the `breaking` group: `breaking diff` and `breaking history`.
 *
 * @example
 * const groups: RegisterCommands[] = [registerBreakingCommands];
 */
export const registerBreakingCommands: RegisterCommands = (program, context) => {
  const group = program
    .command('breaking')
    .description('diff spec versions and hold breaking changes against the breaking-changes log')
    .addHelpText(
      'after',
      [
        '',
        breakingExitCodes('a change (diff), or a step with one (history), at --fail-on or above'),
        '',
        'Examples:',
        '  $ circleci-kit breaking diff old.json new.json --log breaking.md',
        '  $ circleci-kit breaking history specs/history --log-history log/history',
        '',
      ].join('\n'),
    );
  registerBreakingDiff(group, context);
  registerBreakingHistory(group, context);
};
