import { compareWithSpec, type SpecDrift } from '@circleci-kit/core-client';
import type { Command } from 'commander';
import { ExitCode } from '../../exit-codes.js';
import { printJson } from '../../io.js';
import { loadSpecForCli, type SpecFlags } from '../../load-spec-for-cli.js';
import type { CommandContext } from '../../command-context.js';
import { addSpecOptions } from '../../spec-options.js';

function describeDrift(drift: SpecDrift, source: string): string {
  const head = `client generated from ${drift.clientFingerprint.slice(0, 12)}, spec ${source} is ${drift.specFingerprint.slice(0, 12)}`;
  if (drift.inSync) {
    return `${head}\nin sync: every operation matches${drift.sameFingerprint ? '' : ' (the documents differ elsewhere)'}\n`;
  }
  const lines = [head];
  for (const id of drift.added) lines.push(`+ ${id}: in the spec, not in the client`);
  for (const id of drift.removed) lines.push(`- ${id}: in the client, not in the spec`);
  for (const { operationId, changes } of drift.changed) {
    lines.push(`~ ${operationId}`, ...changes.map((change) => `    ${change}`));
  }
  lines.push(`${drift.added.length} added, ${drift.removed.length} removed, ${drift.changed.length} changed`);
  return `${lines.join('\n')}\n`;
}

/**
 * Registers `client drift`: compares the spec the client was generated from
 * with another spec. Exits 1 when operations were added, removed or changed.
 *
 * @example
 * registerClientDrift(clientGroup, context); // circleci-kit client drift --spec https://circleci.com/api/v2/openapi.json
 */
export function registerClientDrift(group: Command, context: CommandContext): void {
  const { io, setExitCode } = context;
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
    .action(async (options: SpecFlags & { json?: boolean }) => {
      const { spec, resolved } = await loadSpecForCli(io, { ...options, lenient: true }, context);
      const drift = compareWithSpec(spec);
      if (options.json === true) printJson(io, drift);
      else io.stdout(describeDrift(drift, resolved.spec));
      if (!drift.inSync) setExitCode(ExitCode.checkFailed);
    });
}
