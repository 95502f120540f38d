import junitModule, { type Builder } from 'junit-report-builder';
import type { PactVerificationReport } from './pact-verification-report.js';

/** The library's default builder (a CommonJS default export, reached the same way by Node and TypeScript). */
const junit: Builder = (junitModule as unknown as { default?: Builder }).default ?? (junitModule as unknown as Builder);

/**
 * The report as JUnit XML, written with `junit-report-builder` in the form
 * of conformance's reports: one `<testsuite>` per operation, one
 * `<testcase>` per interaction (`classname` `pact.<operationId>`, the time
 * it took), `<failure>` naming the first mismatch with every mismatch in
 * its body, `<error>` for a target that could not be reached, `<skipped>`
 * with the reason in the case's output.
 *
 * @example
 * writeFileSync('reports/pact.xml', pactJunitReport(report));
 */
export function pactJunitReport(report: PactVerificationReport): string {
  const builder = junit.newBuilder().name('circleci-kit pact verify');
  const byOperation = new Map<string, PactVerificationReport['results']>();
  for (const result of report.results) {
    byOperation.set(result.operationId, [...(byOperation.get(result.operationId) ?? []), result]);
  }
  for (const [operationId, results] of byOperation) {
    const suite = builder.testSuite().name(operationId);
    for (const result of results) {
      const testCase = suite
        .testCase()
        .className(`pact.${operationId}`)
        .name(`${operationId} › ${result.description}`)
        .time(result.durationMs / 1000);
      if (result.status === 'failed') {
        const text = result.mismatches.map((m) => `${m.where} ${m.pointer}: ${m.message}`).join('\n');
        testCase.failure(result.mismatches[0]?.message ?? 'failed', 'pact').stacktrace(text);
      } else if (result.status === 'error') {
        testCase.error(result.reason ?? 'target error', 'target');
      } else if (result.status === 'skipped') {
        testCase.skipped();
        if (result.reason) testCase.standardOutput(`skipped: ${result.reason}`);
      }
    }
  }
  return `${builder.build()}\n`;
}
