import { resolve } from 'node:path';
import type { Command } from 'commander';
import {
  readPacts,
  verifyPact,
  writeVerificationReports,
  type InteractionResult,
  type PactVerificationReport,
} from '@circleci-kit/pact';
import { CliError } from '../../cli-error.js';
import type { CommandContext } from '../../command-context.js';
import type { CircleciKitConfig } from '../../config.js';
import { ExitCode, type ExitCodeValue } from '../../exit-codes.js';
import type { CliIo } from '../../io.js';
import { loadSpecForCli } from '../../load-spec-for-cli.js';
import { integerOption } from '../../option-parsers.js';
import { resolveTarget, targetOption } from '../../resolve-target.js';
import { addSpecOptions } from '../../spec-options.js';
import { pactReportFlag } from './pact-report-flag.js';

interface VerifyFlags {
  target?: string;
  report?: string;
  json?: boolean;
  timeout: number;
  spec?: string;
  cache?: boolean;
}

/**
 * Reads the pacts a `pact` command names, else those in the config's
 * `pact.dir`; naming neither is a usage error.
 *
 * @throws {PactError} `NOT_FOUND` or `BAD_PACT` (exit 2) for a missing or broken pact.
 * @example
 * const pacts = readPactsForCli(io, 'pacts', config);
 */
export function readPactsForCli(
  io: CliIo,
  path: string | undefined,
  config?: CircleciKitConfig,
): ReturnType<typeof readPacts> {
  const named = path ?? config?.pact?.dir;
  if (named === undefined) {
    throw new CliError('name a pact file or folder, or set pact.dir in the config', ExitCode.usage, 'NO_PACT');
  }
  return readPacts(resolve(io.cwd, named));
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
 * Registers `pact verify <pact file|dir> --target <mock|url>`: replays each
 * interaction against the provider and applies its matching rules.
 *
 * @example
 * registerPactVerify(pactGroup, context); // circleci-kit pact verify pacts --target mock
 */
export function registerPactVerify(group: Command, context: CommandContext): void {
  const { io, setExitCode } = context;
  addSpecOptions(
    group
      .command('verify')
      .description(
        'verify pacts against a provider: replay each interaction with its provider state, apply the matching rules',
      )
      .argument('[pact]', 'a pact file, or a folder of pact files (default: config pact.dir)')
      .option(
        '--target <mock|url>',
        'mock, or the base URL of a provider, e.g. https://circleci.com/api/v2 (default: config target, else mock)',
        targetOption,
      )
      .option('--report <list>', 'write reports: junit=PATH,json=PATH')
      .option('--json', 'print the report as JSON')
      .option(
        '--timeout <ms>',
        'a request slower than this ends the run with exit 3',
        integerOption({ min: 1 }),
        10_000,
      ),
  )
    .addHelpText(
      'after',
      `
The token (CIRCLECI_TOKEN, CIRCLE_TOKEN or the config's tokenEnv; required for a URL target) is sent where the pact holds \${CIRCLE_TOKEN}.
Exit codes: 0 every interaction passed, 1 one failed, 2 usage, 3 target unreachable.

Examples:
  $ circleci-kit conformance --runs 20 --seed 1 --pact-dir pacts
  $ circleci-kit pact verify pacts --target mock --report junit=reports/pact.xml
  $ CIRCLECI_TOKEN=… circleci-kit pact verify pacts/release-bot-circleci-api-v2.json --target https://circleci.com/api/v2`,
    )
    .action(async (path: string | undefined, flags: VerifyFlags) => {
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
    });
}
