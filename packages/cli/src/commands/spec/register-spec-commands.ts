import type { RegisterCommands } from '../../command-context.ts';
import { registerSpecConvert } from './spec-convert.ts';
import { registerSpecInfo } from './spec-info.ts';
import { registerSpecOps } from './spec-ops.ts';
import { registerSpecValidate } from './spec-validate.ts';

/**
 * Registers the `spec` group: `spec info`, `spec validate`, `spec ops` and `spec convert`.
 *
 * @example
 * const groups: RegisterCommands[] = [registerSpecCommands];
 */
export const registerSpecCommands: RegisterCommands = (program, context) => {
  const group = program
    .command('spec')
    .description('read, validate, list and convert the CircleCI OpenAPI document')
    .addHelpText(
      'after',
      '\nExamples:\n  $ circleci-kit spec info\n  $ circleci-kit spec validate --lenient\n  $ circleci-kit spec convert --to 3.1 openapi.json -o openapi-31.json\n',
    );
  registerSpecInfo(group, context);
  registerSpecValidate(group, context);
  registerSpecOps(group, context);
  registerSpecConvert(group, context);
};
