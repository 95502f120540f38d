import type { RegisterCommands } from '../../command-context.ts';
import { registerSpecInfo } from './spec-info.ts';
import { registerSpecOps } from './spec-ops.ts';
import { registerSpecValidate } from './spec-validate.ts';

/**
 * Registers the `spec` group: `spec info`, `spec validate` and `spec ops`.
 *
 * @example
 * const groups: RegisterCommands[] = [registerSpecCommands];
 */
export const registerSpecCommands: RegisterCommands = (program, context) => {
  const group = program
    .command('spec')
    .description('read, validate and list the CircleCI OpenAPI document')
    .addHelpText('after', '\nExamples:\n  $ circleci-kit spec info\n  $ circleci-kit spec validate --lenient\n');
  registerSpecInfo(group, context);
  registerSpecValidate(group, context);
  registerSpecOps(group, context);
};
