import type { Command } from 'commander';
import { printJson } from '../../io.js';
import { loadSpecForCli, type SpecFlags } from '../../load-spec-for-cli.js';
import type { CommandContext } from '../../command-context.js';
import { addSpecOptions } from '../../spec-options.js';

/** The summary `spec info` prints (its `--json` keys). */
export interface SpecSummary {
  title: string;
  version: string;
  openapi: string;
  paths: number;
  operations: number;
  fingerprint: string;
}

/**
 * Registers `spec info`: the title, version, OpenAPI version, path and
 * operation counts and fingerprint of the spec.
 *
 * @example
 * registerSpecInfo(specGroup, context); // circleci-kit spec info --json
 */
export function registerSpecInfo(group: Command, context: CommandContext): void {
  const { io } = context;
  addSpecOptions(group.command('info'))
    .description('print the summary of the spec: title, version, OpenAPI version, paths, operations, fingerprint')
    .option('--json', 'print JSON: { title, version, openapi, paths, operations, fingerprint }')
    .addHelpText(
      'after',
      '\nExamples:\n  $ circleci-kit spec info\n  $ circleci-kit spec info --spec https://circleci.com/api/v2/openapi.json --json\n',
    )
    .action(async (options: SpecFlags & { json?: boolean }) => {
      const { spec, resolved } = await loadSpecForCli(io, { ...options, lenient: true }, context);
      const summary: SpecSummary = {
        title: spec.info.title,
        version: spec.info.version,
        openapi: spec.openapi,
        paths: Object.keys(spec.document.paths).length,
        operations: spec.operations.size,
        fingerprint: spec.fingerprint,
      };
      if (options.json === true) {
        printJson(io, summary);
        return;
      }
      const rows: Array<[string, string | number]> = [
        ...(Object.entries(summary) as Array<[string, string | number]>),
        ['source', `${resolved.spec} (from ${resolved.from})`],
      ];
      if (spec.warnings.length > 0) rows.push(['warnings', `${spec.warnings.length} (run spec validate)`]);
      for (const [key, value] of rows) io.stdout(`${`${key}:`.padEnd(13)}${value}\n`);
    });
}
