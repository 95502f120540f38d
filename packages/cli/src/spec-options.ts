import type { Command } from 'commander';

/**
 * Adds the options every spec-reading command shares: `--spec <file|url>`
 * and `--no-cache`. Pair with `loadSpecForCli`.
 *
 * @example
 * addSpecOptions(program.command('info')).action(async (options: SpecFlags) => { … });
 */
export function addSpecOptions(command: Command): Command {
  return command
    .option(
      '--spec <file|url>',
      'the OpenAPI document (default: $CIRCLECI_OPENAPI_SPEC, then circleci-kit.config.json, then the live spec)',
    )
    .option('--no-cache', 'do not read or write the on-disk spec cache');
}
