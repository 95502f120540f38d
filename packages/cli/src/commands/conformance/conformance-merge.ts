import type { Command } from 'commander';
import type { CommandContext } from '../../command-context.ts';

/**
 * Registers `conformance merge <json…>`: merges the JSON reports of the
 * shards of one run into one report, prints its summary and writes the
 * reports asked for. Exit codes as for the run.
 *
 * @example
 * registerConformanceMerge(conformanceCommand, context); // circleci-kit conformance merge a.json b.json --report junit=all.xml
 */
export function registerConformanceMerge(group: Command, context: CommandContext): void {
  group
    .command('merge')
    .description('merge the JSON reports of the shards of one run')
    .argument('<reports...>', 'JSON reports written with --report json=PATH')
    .option('--report <list>', 'write the merged reports: junit=PATH,json=PATH,html=PATH')
    .option('--json', 'print the merged JSON report instead of the summary')
    .addHelpText(
      'after',
      '\nExamples:\n  $ circleci-kit conformance merge reports/shard-1.json reports/shard-2.json --report junit=reports/conformance.xml,html=reports/conformance.html\n',
    )
    .action(async (files: string[], flags: { report?: string; json?: boolean }, command: Command) =>
      (await import('./run-conformance-merge.ts')).runConformanceMerge(files, flags, command, context),
    );
}
