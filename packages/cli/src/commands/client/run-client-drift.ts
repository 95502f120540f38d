import { compareWithSpec, type SpecDrift } from '@circleci-kit/core-client';
import { ExitCode } from '../../exit-codes.ts';
import { printJson } from '../../io.ts';
import { loadSpecForCli, type SpecFlags } from '../../load-spec-for-cli.ts';
import type { CommandContext } from '../../command-context.ts';

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
 * Runs `client drift`: compares the client's operations with the spec's,
 * prints the drift (text or JSON) and sets exit code 1 when they differ.
 *
 * @example
 * await runClientDrift({ json: true }, context);
 */
export async function runClientDrift(options: SpecFlags & { json?: boolean }, context: CommandContext): Promise<void> {
  const { io, setExitCode } = context;
  const { spec, resolved } = await loadSpecForCli(io, { ...options, lenient: true }, context);
  const drift = compareWithSpec(spec);
  if (options.json === true) printJson(io, drift);
  else io.stdout(describeDrift(drift, resolved.spec));
  if (!drift.inSync) setExitCode(ExitCode.checkFailed);
}
