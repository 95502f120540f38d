import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PactVerificationReport } from '@circleci-kit/pact';
import { pactJunitReport } from '@circleci-kit/pact';
import { CliError } from '../../cli-error.js';
import { ExitCode } from '../../exit-codes.js';
import type { CliIo } from '../../io.js';
import { reportFlag } from '../conformance/conformance-options.js';

/** The `--report junit=PATH,json=PATH` targets of a pact command (the form conformance takes; no html). */
export function pactReportFlag(text: string | undefined, io: CliIo): Array<{ format: 'junit' | 'json'; path: string }> {
  const targets = reportFlag(text, io);
  for (const target of targets) {
    if (target.format === 'html')
      throw new CliError('--report: pact commands write junit and json reports', ExitCode.usage, 'BAD_OPTION');
  }
  return targets as Array<{ format: 'junit' | 'json'; path: string }>;
}

/**
 * Writes a verification report in each requested format, atomically: to a
 * temporary file beside it, then renamed into place, so a reader (or a
 * process killed mid-write) never leaves half a report.
 */
export function writePactReports(
  report: PactVerificationReport,
  targets: ReadonlyArray<{ format: 'junit' | 'json'; path: string }>,
): void {
  for (const { format, path } of targets) {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      writeFileSync(temporary, format === 'junit' ? pactJunitReport(report) : `${JSON.stringify(report, null, 2)}\n`);
      renameSync(temporary, path);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  }
}
