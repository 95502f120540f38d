import type { Command } from 'commander';
import type { CommandContext } from '../../command-context.ts';
import type { SpecFlags } from '../../load-spec-for-cli.ts';
import { addSpecOptions } from '../../spec-options.ts';

/**
 * Registers `spec info`: the title, version, OpenAPI version, path and
 * operation counts and fingerprint of the spec.
 *
 * @example
 * registerSpecInfo(specGroup, context); // circleci-kit spec info --json
 */
export function registerSpecInfo(group: Command, context: CommandContext): void {
  addSpecOptions(group.command('info'))
    .description(
      'print the summary of the spec: title, version, OpenAPI version, paths, operations, webhooks, fingerprint',
    )
    .option('--json', 'print JSON: { title, version, openapi, paths, operations, webhooks, fingerprint }')
    .addHelpText(
      'after',
      '\nExamples:\n  $ circleci-kit spec info\n  $ circleci-kit spec info --spec https://circleci.com/api/v2/openapi.json --json\n',
    )
    .action(async (options: SpecFlags & { json?: boolean }) =>
      (await import('./run-spec-info.ts')).runSpecInfo(options, context),
    );
}
