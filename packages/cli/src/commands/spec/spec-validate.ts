import type { Command } from 'commander';
import type { CommandContext } from '../../command-context.ts';
import type { SpecFlags } from '../../load-spec-for-cli.ts';
import { addSpecOptions } from '../../spec-options.ts';

/**
 * Registers `spec validate`: exit 0 when the spec is valid OpenAPI 3.0 or 3.1 (in
 * `--lenient` mode, warnings alone still pass), 1 when not, 2 for usage errors.
 *
 * @example
 * registerSpecValidate(specGroup, context); // circleci-kit spec validate --lenient --json
 */
export function registerSpecValidate(group: Command, context: CommandContext): void {
  addSpecOptions(group.command('validate'))
    .description('validate the spec against OpenAPI 3.0 or 3.1, as it says (exit 0 valid, 1 invalid, 2 usage error)')
    .option('--lenient', 'report problems as warnings instead of errors')
    .option('--json', 'print JSON: { valid, errors: [{ code, pointer, message, line, column }], warnings }')
    .addHelpText(
      'after',
      '\nExamples:\n  $ circleci-kit spec validate\n  $ circleci-kit spec validate --spec old-openapi.json --lenient --json\n',
    )
    .action(async (options: SpecFlags & { json?: boolean }) =>
      (await import('./run-spec-validate.ts')).runSpecValidate(options, context),
    );
}
