import {
  verifyPact,
  writeVerificationReports,
  type InteractionResult,
  type PactVerificationReport,
} from '@circleci-kit/pact';
import { CliError } from '../../cli-error.ts';
import type { CommandContext } from '../../command-context.ts';
import { ExitCode, type ExitCodeValue } from '../../exit-codes.ts';
import { loadSpecForCli } from '../../load-spec-for-cli.ts';
import { resolveTarget } from '../../resolve-target.ts';
import { pactReportFlag } from './pact-report-flag.ts';
import { readPactsForCli } from './read-pacts-for-cli.ts';

/** The flags of `pact verify`, as commander parses them. */
export interface VerifyFlags {
  target?: string;
  report?: string;
  json?: boolean;
  timeout: number;
  spec?: string;
  cache?: boolean;
}

function line(result: InteractionResult): string {
  const mark = result.status === 'passed' ? '✓' : result.status === 'failed' ? '✗' : '!';
  const head = `${mark} ${result.description} (${result.request.method} ${result.request.path})`;
  const details = result.mismatches
    .map((m) => `\n    ${m.where}${m.pointer ? ` ${m.pointer}` : ''}: ${m.message}`)
    .join('');
  return `${head}${details}${result.reason ? `\n    ${result.reason}` : ''}\n`;
}

/** The exit code of a verification: 3 when the target went away, 1 when an interaction failed. */
export function verificationExitCode(report: PactVerificationReport): ExitCodeValue {
  if (report.aborted) return ExitCode.target;
  return report.totals.failed > 0 || report.totals.error > 0 ? ExitCode.checkFailed : ExitCode.ok;
}

/**
 * Runs `pact verify`: replays every interaction of the pacts against the
 * target (the embedded mock by default), prints each result or the JSON
 * report, writes the reports asked for and sets the exit code.
 *
 * @example
 * await runPactVerify('pacts', { target: 'mock', timeout: 10_000 }, context);
 */
export async function runPactVerify(
  path: string | undefined,
  flags: VerifyFlags,
  context: CommandContext,
): Promise<void> {
  const { io, setExitCode } = context;
  const { config } = await context.config();
  const reports = pactReportFlag(flags.report, io);
  const { target, token: resolvedToken } = resolveTarget(flags.target, config, io.env);
  const token = resolvedToken.value;
  // verifyPact sends a URL target whatever token it is given; the help promises one is required.
  if (target !== 'mock' && token === undefined) {
    throw new CliError(
      `a target other than the mock needs a token: set ${resolvedToken.candidates.join(' or ')}`,
      ExitCode.usage,
      'NO_TOKEN',
    );
  }
  const pacts = readPactsForCli(io, path, config);
  const spec =
    target === 'mock'
      ? (
          await loadSpecForCli(
            io,
            { ...(flags.spec ? { spec: flags.spec } : {}), cache: flags.cache !== false, lenient: true },
            context,
          )
        ).spec
      : undefined;
  const report = await verifyPact(pacts, {
    target,
    timeoutMs: flags.timeout,
    ...(spec ? { spec } : {}),
    ...(target !== 'mock' && token ? { token } : {}),
    ...(flags.json ? {} : { onResult: (result: InteractionResult) => io.stdout(line(result)) }),
  });
  writeVerificationReports(report, reports);
  if (flags.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else {
    const { passed, failed, error } = report.totals;
    io.stdout(
      `${report.results.length} interactions: ${passed} passed, ${failed} failed, ${error} errors (${report.durationMs} ms)\n`,
    );
    for (const entry of reports) io.stdout(`report: ${entry.path}\n`);
  }
  if (report.aborted) io.stderr(`circleci-kit: the run stopped early: ${report.aborted.reason}\n`);
  setExitCode(verificationExitCode(report));
}
