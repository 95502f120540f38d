import type { Command } from 'commander';
import type { CommandContext } from '../../command-context.ts';
import { integerOption, targetOption } from '../../option-parsers.ts';
import { addSpecOptions } from '../../spec-options.ts';
import type { DoctorFlags } from './run-doctor.ts';

/**
 * Registers `doctor`: which spec is in use (and how it was chosen), its
 * fingerprint and age; whether a token is set (never printed); whether the
 * target answers; whether the client's generated code matches the spec.
 *
 * @example
 * registerDoctor(program, context); // circleci-kit doctor --json
 */
export function registerDoctor(program: Command, context: CommandContext): void {
  addSpecOptions(program.command('doctor'))
    .description('check the setup: spec in use, its fingerprint and age, token, target reachability, client drift')
    .option(
      '--target <mock|url>',
      'the target to reach (default: the config target, else the embedded mock)',
      targetOption,
    )
    .option('--timeout <ms>', 'how long a URL target may take to answer', integerOption({ min: 1 }), 5000)
    .option('--json', 'print JSON: { ok, exitCode, checks: [{ name, status, summary, details }] }')
    .addHelpText(
      'after',
      `
Statuses: ok, warn (worth knowing, does not fail), fail, unreachable. The token's value is never printed.
Exit codes: 0 all good, 1 a check failed, 2 usage or bad config, 3 the spec or the target is unreachable.

Examples:
  $ circleci-kit doctor
  $ circleci-kit doctor --target https://circleci.com/api/v2 --timeout 3000
  $ circleci-kit doctor --spec https://circleci.com/api/v2/openapi.json --json
`,
    )
    .action(async (flags: DoctorFlags) => (await import('./run-doctor.ts')).runDoctorCommand(flags, context));
}
