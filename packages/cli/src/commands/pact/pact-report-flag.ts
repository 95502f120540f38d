import type { VerificationReportTarget } from '@circleci-kit/pact';
import { CliError } from '../../cli-error.ts';
import { ExitCode } from '../../exit-codes.ts';
import type { CliIo } from '../../io.ts';
import { reportFlag } from '../conformance/conformance-options.ts';

/**
 * The `--report junit=PATH,json=PATH` targets of `pact verify`: the form
 * conformance's `--report` takes, without html.
 *
 * @throws {ConformanceError} `BAD_OPTION` (exit 2) for an unknown format or a missing path.
 * @throws {CliError} `BAD_OPTION` (exit 2) for `html`.
 * @example
 * pactReportFlag('junit=reports/pact.xml', io); // [{ format: 'junit', path: '/repo/reports/pact.xml' }]
 */
export function pactReportFlag(text: string | undefined, io: CliIo): VerificationReportTarget[] {
  const targets = reportFlag(text, io);
  for (const target of targets) {
    if (target.format === 'html')
      throw new CliError('--report: pact commands write junit and json reports', ExitCode.usage, 'BAD_OPTION');
  }
  return targets as VerificationReportTarget[];
}
