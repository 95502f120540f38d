import { checkPactAgainstSpec, type SpecMismatch } from '@circleci-kit/pact';
import { ExitCode } from '../../exit-codes.ts';
import { loadSpecForCli } from '../../load-spec-for-cli.ts';
import type { CommandContext } from '../../command-context.ts';
import { readPactsForCli } from './read-pacts-for-cli.ts';

/** The flags of `pact check-spec`, as commander parses them. */
export interface CheckSpecFlags {
  json?: boolean;
  warnings?: boolean;
  strictStatus?: boolean;
  spec?: string;
  cache?: boolean;
}

/**
 * Runs `pact check-spec`: checks each interaction of the pacts against
 * its OpenAPI operation, prints the mismatches (text or JSON) and sets exit
 * code 1 when there is an error.
 *
 * @example
 * await runPactCheckSpec('pacts', { json: true }, context);
 */
export async function runPactCheckSpec(
  path: string | undefined,
  flags: CheckSpecFlags,
  context: CommandContext,
): Promise<void> {
  const { io, setExitCode } = context;
  const pacts = readPactsForCli(io, path, (await context.config()).config);
  const { spec } = await loadSpecForCli(
    io,
    { ...(flags.spec ? { spec: flags.spec } : {}), cache: flags.cache !== false, lenient: true },
    context,
  );
  const all: Array<SpecMismatch & { pact: string }> = [];
  for (const { path: file, pact } of pacts)
    for (const m of checkPactAgainstSpec(pact, spec, { strictStatus: flags.strictStatus === true }))
      all.push({ pact: file, ...m });
  const shown = flags.warnings === false ? all.filter((m) => m.severity === 'error') : all;
  const errors = all.filter((m) => m.severity === 'error').length;
  if (flags.json)
    io.stdout(`${JSON.stringify({ errors, warnings: all.length - errors, mismatches: shown }, null, 2)}\n`);
  else {
    for (const m of shown) {
      io.stdout(
        `${m.severity} ${m.pact}#${m.pointer}\n  interaction: ${m.interaction}\n  spec: ${m.specPointer}\n  ${m.message}\n`,
      );
    }
    const count = pacts.reduce((n, p) => n + p.pact.interactions.length, 0);
    io.stdout(`${count} interactions checked: ${errors} errors, ${all.length - errors} warnings\n`);
  }
  setExitCode(errors > 0 ? ExitCode.checkFailed : ExitCode.ok);
}
