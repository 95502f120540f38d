import { junitXml } from '@circleci-kit/mock-server/junit-xml';
import type { PactVerificationReport } from './pact-verification-report.ts';

/**
 * The report as JUnit XML, in the form of conformance's reports: one
 * `<testsuite>` per operation, one `<testcase>` per interaction
 * (`classname` `pact.<operationId>`, the time it took), `<failure>` naming
 * the first mismatch with every mismatch in its body, `<error>` for a
 * target that could not be reached, `<skipped>` with the reason in the
 * case's output.
 *
 * @example
 * writeFileSync('reports/pact.xml', pactJunitReport(report));
 */
export function pactJunitReport(report: PactVerificationReport): string {
  return junitXml({ name: 'circleci-kit pact verify', kind: 'pact' }, report.results, (result) => ({
    title: result.description,
    time: result.durationMs / 1000,
    failure: {
      message: result.mismatches[0]?.message ?? 'failed',
      type: 'pact',
      body: result.mismatches.map((m) => `${m.where} ${m.pointer}: ${m.message}`).join('\n'),
    },
  }));
}
