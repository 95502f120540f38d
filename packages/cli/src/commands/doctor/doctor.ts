import type { Command } from 'commander';
import type { CommandContext } from '../../command-context.js';
import { ExitCode } from '../../exit-codes.js';
import { printJson } from '../../io.js';
import { integerOption } from '../../option-parsers.js';
import { paint } from '../../paint.js';
import { targetOption } from '../../resolve-target.js';
import { addSpecOptions } from '../../spec-options.js';
import {
  checkClient,
  checkConfig,
  checkSpec,
  checkTarget,
  checkToken,
  doctorExitCode,
  type DoctorCheck,
  type DoctorInput,
} from './doctor-checks.js';

interface DoctorFlags {
  spec?: string;
  cache?: boolean;
  target?: string;
  timeout: number;
  json?: boolean;
}

/**
 * Runs every doctor check in order: config, spec, token, target, client.
 *
 * @example
 * const checks = await runDoctor({ io, context, cache: true, timeoutMs: 5000 });
 */
export async function runDoctor(input: DoctorInput): Promise<DoctorCheck[]> {
  const { config } = await input.context.config();
  const target = input.target ?? config.target ?? 'mock';
  const checks: DoctorCheck[] = [await checkConfig(input)];
  const { check, loaded } = await checkSpec(input);
  checks.push(check, await checkToken(input, target));
  checks.push(await checkTarget(input, target, loaded?.spec));
  checks.push(checkClient(loaded?.spec));
  return checks;
}

/**
 * Registers `doctor`: which spec is in use (and how it was chosen), its
 * fingerprint and age; whether a token is set (never printed); whether the
 * target answers; whether the client's generated code matches the spec.
 *
 * @example
 * registerDoctor(program, context); // circleci-kit doctor --json
 */
export function registerDoctor(program: Command, context: CommandContext): void {
  const { io, setExitCode } = context;
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
    .action(async (flags: DoctorFlags) => {
      const checks = await runDoctor({
        io,
        context,
        spec: flags.spec,
        cache: flags.cache !== false,
        target: flags.target,
        timeoutMs: flags.timeout,
      });
      const exitCode = doctorExitCode(checks);
      if (flags.json === true) printJson(io, { ok: exitCode === ExitCode.ok, exitCode, checks });
      else {
        const { green, yellow, red, bold } = paint(context.globals().color);
        const mark = { ok: green('✓'), warn: yellow('!'), fail: red('✗'), unreachable: red('✗') };
        for (const check of checks) io.stdout(`${mark[check.status]} ${bold(check.name.padEnd(7))} ${check.summary}\n`);
      }
      setExitCode(exitCode);
    });
}
