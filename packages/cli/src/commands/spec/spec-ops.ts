import type { Command } from 'commander';
import { printJson } from '../../io.js';
import { loadSpecForCli, type SpecFlags } from '../../load-spec-for-cli.js';
import type { CommandContext } from '../../command-context.js';
import { addSpecOptions } from '../../spec-options.js';

/**
 * Registers `spec ops`: every operation with its method, path, operationId
 * and tag, in document order.
 *
 * @example
 * registerSpecOps(specGroup, context); // circleci-kit spec ops --json
 */
export function registerSpecOps(group: Command, context: CommandContext): void {
  const { io } = context;
  addSpecOptions(group.command('ops'))
    .description('list every operation: method, path, operationId, tag')
    .option('--json', 'print JSON: [{ method, path, operationId, tag, tags }]')
    .addHelpText('after', '\nExamples:\n  $ circleci-kit spec ops\n  $ circleci-kit spec ops --json\n')
    .action(async (options: SpecFlags & { json?: boolean }) => {
      const { spec } = await loadSpecForCli(io, { ...options, lenient: true }, context);
      const rows = [...spec.operations.values()].map((operation) => ({
        method: operation.method.toUpperCase(),
        path: operation.path,
        operationId: operation.operationId,
        tag: operation.tags[0] ?? '',
        tags: operation.tags,
      }));
      if (options.json === true) {
        printJson(io, rows);
        return;
      }
      const width = (key: 'method' | 'path' | 'operationId') => Math.max(...rows.map((row) => row[key].length), 0);
      const [method, path, id] = [width('method'), width('path'), width('operationId')];
      for (const row of rows) {
        io.stdout(
          `${row.method.padEnd(method)}  ${row.path.padEnd(path)}  ${row.operationId.padEnd(id)}  ${row.tag}\n`,
        );
      }
    });
}
