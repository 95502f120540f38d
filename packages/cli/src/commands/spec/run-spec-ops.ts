import type { CommandContext } from '../../command-context.ts';
import { printJson } from '../../io.ts';
import { loadSpecForCli, type SpecFlags } from '../../load-spec-for-cli.ts';

/**
 * Runs `spec ops`: prints every operation with its method, path,
 * operationId and tag, in document order.
 *
 * @example
 * await runSpecOps({ json: true }, context);
 */
export async function runSpecOps(options: SpecFlags & { json?: boolean }, context: CommandContext): Promise<void> {
  const { io } = context;
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
    io.stdout(`${row.method.padEnd(method)}  ${row.path.padEnd(path)}  ${row.operationId.padEnd(id)}  ${row.tag}\n`);
  }
}
