import { Option, type Command } from 'commander';
import type { CommandContext } from '../../command-context.ts';
import { integerOption } from '../../option-parsers.ts';
import type { ApiFlags } from './run-api-call.ts';

/**
 * Registers `api <operationId>`: calls any operation, like `gh api`, and prints the JSON answer.
 *
 * @example
 * registerApiCall(program, context); // circleci-kit api listPipelinesForProject --param projectSlug=gh/acme/api
 */
export function registerApiCall(program: Command, context: CommandContext): void {
  program
    .command('api')
    .argument('<operationId>', 'the operation, e.g. getCurrentUser, triggerPipeline (its method name works too)')
    .description(
      "call any CircleCI API v2 operation and print the JSON answer; the token comes from CIRCLECI_TOKEN, CIRCLE_TOKEN or the config's tokenEnv",
    )
    .option(
      '-p, --param <name=value>',
      'a parameter, by camelCase or spec name; repeat for more (and for lists)',
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .option('--body <json|@file>', 'the request body: JSON text, or @path of a JSON file')
    .option('--base-url <url>', 'where the API lives (default https://circleci.com/api/v2)')
    .option('--paginate', 'follow next_page_token and print every item as one JSON array')
    .option('--max-items <n>', 'with --paginate: stop after n items', integerOption({ min: 1 }))
    .addOption(
      new Option('--auth <scheme>', 'how the token is sent').choices(['header', 'basic', 'query']).default('header'),
    )
    .option('--timeout <ms>', 'per attempt, in ms', integerOption({ min: 1 }), 30_000)
    .option('--json', 'print JSON (the answer is always JSON; accepted like on every command)')
    .addHelpText(
      'after',
      `
Exit codes: 0 ok, 1 the API answered an error (4xx), 2 bad operation or parameters, 3 network error or 5xx.

Examples:
  $ circleci-kit api getCurrentUser
  $ circleci-kit api listPipelinesForProject --param project-slug=gh/CircleCI-Public/circleci-cli --param branch=main
  $ circleci-kit api triggerPipeline -p projectSlug=gh/acme/api --body '{"branch":"dev"}'
  $ circleci-kit api listPipelinesForProject -p projectSlug=gh/acme/api --paginate --max-items 50
`,
    )
    .action(async (operationId: string, flags: ApiFlags) =>
      (await import('./run-api-call.ts')).runApiCall(operationId, flags, context),
    );
}
