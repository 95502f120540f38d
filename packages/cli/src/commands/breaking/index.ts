import type { RegisterCommands } from '../../program.js';
import { registerBreakingDiff } from './breaking-diff.js';
import { registerBreakingHistory } from './breaking-history.js';

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
      '\nExamples:\n  $ circleci-kit breaking diff old.json new.json --log breaking.md\n  $ circleci-kit breaking history specs/history --log-history log/history\n',
    );
  registerBreakingDiff(group, context);
  registerBreakingHistory(group, context);
};
