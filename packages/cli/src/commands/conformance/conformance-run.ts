import type { Command } from 'commander';
import type { CheckId } from '@circleci-kit/conformance/check-catalogue';
import type { CommandContext } from '../../command-context.ts';
import { choiceListOption, integerOption, targetOption } from '../../option-parsers.ts';
import { addSpecOptions } from '../../spec-options.ts';
import type { ConformanceFlags } from './conformance-options.ts';

/**
 * Registers `conformance` (the run itself; `conformance merge` is its
 * subcommand): property-based conformance of every operation against the
 * embedded mock or a base URL. Exit 0 every check passed, 1 a check failed,
 * 2 usage error, 3 target unreachable (with partial reports).
 *
 * @example
 * registerConformanceRun(program, context); // circleci-kit conformance --runs 20 --seed 1
 */
export function registerConformanceRun(program: Command, context: CommandContext): Command {
  // The check ids that --checks accepts load with conformance's catalogue only when this command runs: the
  // program awaits its preSubcommand hooks before the command parses its options (every other command, and
  // the help, would otherwise load part of the conformance package for nothing).
  let checkIds: readonly CheckId[] | undefined;
  const loadedCheckIds = (): readonly CheckId[] => {
    if (checkIds === undefined) throw new Error('conformance parsed its options before its check ids were loaded');
    return checkIds;
  };
  const command = addSpecOptions(program.command('conformance'));
  program.hook('preSubcommand', async (_program, subcommand) => {
    if (subcommand === command) checkIds ??= (await import('@circleci-kit/conformance/check-catalogue')).CHECK_IDS;
  });
  return command
    .description('property-test every operation against the embedded mock (default) or a base URL')
    .option(
      '--target <mock|url>',
      'mock, or the API base of a provider, e.g. https://circleci.com/api/v2 (default: config target, else mock)',
      targetOption,
    )
    .option('--runs <n>', 'cases per property', integerOption(), 100)
    .option('--seed <n>', 'the seed of every property (default: random, printed)', integerOption({ min: 0 }))
    .option('--ops <a,b>', 'only these operationIds')
    .option(
      '--checks <x,y>',
      'only these checks (see the package README for the catalogue)',
      choiceListOption(loadedCheckIds),
    )
    .option('--shard <i/n>', 'run shard i of n (default: CIRCLE_NODE_INDEX/CIRCLE_NODE_TOTAL when set)')
    .option('--report <list>', 'write reports: junit=PATH,json=PATH,html=PATH (default: config reports)')
    .option('--pact-dir <dir>', 'where the Pact writer puts contracts (default: config pact.dir, else no pact)')
    .option('--json', 'print the JSON report (format circleci-kit-conformance/1) instead of the summary')
    .option('--allow-writes', 'send POST, PUT, PATCH and DELETE to a non-mock target')
    .option('--response-time-budget <ms>', 'turn on response-time with this budget', integerOption({ min: 1 }))
    .option('--strict-status', 'only declared statuses pass status-code-declared (no 404/429 allowance)')
    .option('--timeout <ms>', 'a request slower than this ends the run with exit 3', integerOption({ min: 1 }), 10_000)
    .option('--replay <file>', 'run exactly the case of a replay file again')
    .option('--replay-dir <dir>', 'where replay files of failures are written', 'reports/conformance/replays')
    .addHelpText(
      'after',
      `
The token comes from CIRCLECI_TOKEN, CIRCLE_TOKEN or the config's tokenEnv (any token works against the mock).
Exit codes: 0 every check passed, 1 a check failed, 2 usage, 3 target unreachable (partial reports).

Examples:
  $ circleci-kit conformance --runs 20 --seed 1 --report junit=reports/conformance.xml,html=reports/conformance.html
  $ circleci-kit conformance --ops getPipelineById,triggerPipeline --checks response-schema,stateful
  $ CIRCLECI_TOKEN=… circleci-kit conformance --target https://circleci.com/api/v2 --runs 5
  $ circleci-kit conformance --shard 2/4 --report json=reports/shard-2.json
  $ circleci-kit conformance merge reports/shard-*.json --report junit=reports/conformance.xml
  $ circleci-kit conformance --replay reports/conformance/replays/getPipelineById.response-schema.json
`,
    )
    .action(async (flags: ConformanceFlags) =>
      (await import('./run-conformance-command.ts')).runConformanceCommand(flags, context),
    );
}
