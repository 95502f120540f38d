import type { CommandContext } from '../../command-context.ts';
import { ExitCode } from '../../exit-codes.ts';
import { printJson } from '../../io.ts';
import { paint } from '../../paint.ts';
import {
  checkClient,
  checkConfig,
  checkSpec,
  checkTarget,
  checkToken,
  doctorExitCode,
  type DoctorCheck,
  type DoctorInput,
} from './doctor-checks.ts';

/** The flags of `doctor`, as commander parses them. */
export interface DoctorFlags {
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
 * Runs `doctor`: every check, printed as marked lines (or JSON), and the
 * exit code of the worst one.
 *
 * @example
 * await runDoctorCommand({ cache: true, timeout: 5000 }, context);
 */
export async function runDoctorCommand(flags: DoctorFlags, context: CommandContext): Promise<void> {
  const { io, setExitCode } = context;
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
}
