import type { Command } from 'commander';
import type { CommandContext } from '../../command-context.ts';
import { addSpecOptions } from '../../spec-options.ts';
import type { CheckSpecFlags } from './run-pact-check-spec.ts';

/**
 * Registers `pact check-spec <pact> [--spec S] [--strict-status]`: each
 * interaction against its OpenAPI operation, honouring the matching rules;
 * `--strict-status` passes only declared statuses.
 *
 * @example
 * registerPactCheckSpec(pactGroup, context); // circleci-kit pact check-spec pacts --json
 */
export function registerPactCheckSpec(group: Command, context: CommandContext): void {
  addSpecOptions(
    group
      .command('check-spec')
      .description('check each interaction of a pact against its OpenAPI operation, honouring the matching rules')
      .argument('[pact]', 'a pact file, or a folder of pact files (default: config pact.dir)')
      .option('--json', 'print the mismatches as JSON')
      .option('--no-warnings', 'print errors only')
      .option(
        '--strict-status',
        'only statuses the spec declares pass (by default 404, 429, a 401 without a valid token and a 400 to a request that breaks the spec pass undeclared)',
      ),
  )
    .addHelpText(
      'after',
      `
Errors (exit 1): the pact breaks the spec (route, parameters, body, undeclared status, an example
or a matching rule the schema refuses). Warnings: the pact expects more than the spec promises.

Examples:
  $ circleci-kit pact check-spec pacts/release-bot-circleci-api-v2.json
  $ circleci-kit pact check-spec pacts --spec ../shared/specs/current/openapi.json --json
  $ circleci-kit pact check-spec pacts --strict-status`,
    )
    .action(async (path: string | undefined, flags: CheckSpecFlags) =>
      (await import('./run-pact-check-spec.ts')).runPactCheckSpec(path, flags, context),
    );
}
