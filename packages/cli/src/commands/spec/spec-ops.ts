import type { Command } from 'commander';
import type { CommandContext } from '../../command-context.ts';
import type { SpecFlags } from '../../load-spec-for-cli.ts';
import { addSpecOptions } from '../../spec-options.ts';

/**
 * Registers `spec ops`: every operation with its method, path, operationId
 * and tag, in document order.
 *
 * @example
 * registerSpecOps(specGroup, context); // circleci-kit spec ops --json
 */
export function registerSpecOps(group: Command, context: CommandContext): void {
  addSpecOptions(group.command('ops'))
    .description('list every operation: method, path, operationId, tag')
    .option('--json', 'print JSON: [{ method, path, operationId, tag, tags }]')
    .addHelpText('after', '\nExamples:\n  $ circleci-kit spec ops\n  $ circleci-kit spec ops --json\n')
    .action(async (options: SpecFlags & { json?: boolean }) =>
      (await import('./run-spec-ops.ts')).runSpecOps(options, context),
    );
}
