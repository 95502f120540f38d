import type { Command } from 'commander';
import type { CommandContext } from '../../command-context.ts';
import { integerOption, targetOption } from '../../option-parsers.ts';
import { addSpecOptions } from '../../spec-options.ts';
import type { VerifyFlags } from './run-pact-verify.ts';

/**
 * Registers `pact verify <pact file|dir> --target <mock|url>`: replays each
 * interaction against the provider and applies its matching rules.
 *
 * @example
 * registerPactVerify(pactGroup, context); // circleci-kit pact verify pacts --target mock
 */
export function registerPactVerify(group: Command, context: CommandContext): void {
  addSpecOptions(
    group
      .command('verify')
      .description(
        'verify pacts against a provider: replay each interaction with its provider state, apply the matching rules',
      )
      .argument('[pact]', 'a pact file, or a folder of pact files (default: config pact.dir)')
      .option(
        '--target <mock|url>',
        'mock, or the base URL of a provider, e.g. https://circleci.com/api/v2 (default: config target, else mock)',
        targetOption,
      )
      .option('--report <list>', 'write reports: junit=PATH,json=PATH')
      .option('--json', 'print the report as JSON')
      .option(
        '--timeout <ms>',
        'a request slower than this ends the run with exit 3',
        integerOption({ min: 1 }),
        10_000,
      ),
  )
    .addHelpText(
      'after',
      `
The token (CIRCLECI_TOKEN, CIRCLE_TOKEN or the config's tokenEnv; required for a URL target) is sent where the pact holds \${CIRCLE_TOKEN}.
Exit codes: 0 every interaction passed, 1 one failed, 2 usage, 3 target unreachable.

Examples:
  $ circleci-kit conformance --runs 20 --seed 1 --pact-dir pacts
  $ circleci-kit pact verify pacts --target mock --report junit=reports/pact.xml
  $ CIRCLECI_TOKEN=… circleci-kit pact verify pacts/release-bot-circleci-api-v2.json --target https://circleci.com/api/v2`,
    )
    .action(async (path: string | undefined, flags: VerifyFlags) =>
      (await import('./run-pact-verify.ts')).runPactVerify(path, flags, context),
    );
}
