import type { Command } from 'commander';
import type { CommandContext } from '../../command-context.ts';
import type { SpecFlags } from '../../load-spec-for-cli.ts';
import { addSpecOptions } from '../../spec-options.ts';

/**
 * Registers `client drift`: compares the spec the client was generated from
 * with another spec. Exits 1 when operations were added, removed or changed.
 *
 * @example
 * registerClientDrift(clientGroup, context); // circleci-kit client drift --spec https://circleci.com/api/v2/openapi.json
 */
export function registerClientDrift(group: Command, context: CommandContext): void {
  addSpecOptions(group.command('drift'))
    .description('compare the spec the client was generated from with a spec: operations added, removed or changed')
    .option(
      '--json',
      'print JSON: { inSync, sameFingerprint, clientFingerprint, specFingerprint, added, removed, changed }',
    )
    .addHelpText(
      'after',
      '\nExits 1 when the client and the spec differ.\n\nExamples:\n  $ circleci-kit client drift\n  $ circleci-kit client drift --spec https://circleci.com/api/v2/openapi.json --json\n',
    )
    .action(async (options: SpecFlags & { json?: boolean }) =>
      (await import('./run-client-drift.ts')).runClientDrift(options, context),
    );
}
