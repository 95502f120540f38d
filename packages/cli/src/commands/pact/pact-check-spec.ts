import type { Command } from 'commander';
import { checkPactAgainstSpec, type SpecMismatch } from '@circleci-kit/pact';
import { ExitCode } from '../../exit-codes.js';
import { loadSpecForCli } from '../../load-spec-for-cli.js';
import type { CommandContext } from '../../command-context.js';
import { addSpecOptions } from '../../spec-options.js';
import { readPactsForCli } from './pact-verify.js';

interface CheckSpecFlags {
  json?: boolean;
  warnings?: boolean;
  strictStatus?: boolean;
  spec?: string;
  cache?: boolean;
}

/**
 * Registers `pact check-spec <pact> [--spec S] [--strict-status]`: each
 * interaction against its OpenAPI operation, honouring the matching rules;
 * `--strict-status` passes only declared statuses.
 *
 * @example
 * registerPactCheckSpec(pactGroup, context); // circleci-kit pact check-spec pacts --json
 */
export function registerPactCheckSpec(group: Command, context: CommandContext): void {
  const { io, setExitCode } = context;
  addSpecOptions(
    group
      .command('check-spec')
      .description('check each interaction of a pact against its OpenAPI operation, honouring the matching rules')
      .argument('[pact]', 'a pact file, or a folder of pact files (default: config pact.dir)')
      .option('--json', 'print the mismatches as JSON')
      .option('--no-warnings', 'print errors only')
      .option(
        '--strict-status',
        'only statuses the spec declares pass (by default 404, 429, a 401 without a valid token and a 400 to a request that breaks the spec pass undeclared)',
      ),
  )
    .addHelpText(
      'after',
      `
Errors (exit 1): the pact breaks the spec (route, parameters, body, undeclared status, an example
or a matching rule the schema refuses). Warnings: the pact expects more than the spec promises.

Examples:
  $ circleci-kit pact check-spec pacts/release-bot-circleci-api-v2.json
  $ circleci-kit pact check-spec pacts --spec ../shared/specs/current/openapi.json --json
  $ circleci-kit pact check-spec pacts --strict-status`,
    )
    .action(async (path: string | undefined, flags: CheckSpecFlags) => {
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
    });
}
