import junitModule, { type Builder } from 'junit-report-builder';
import type { ConformanceReport } from '../conformance-report.js';
import { failureText } from './failure-text.js';

/** The library's default builder (a CommonJS default export, reached the same way by Node and TypeScript). */
const junit: Builder = (junitModule as unknown as { default?: Builder }).default ?? (junitModule as unknown as Builder);

/**
 * The report as JUnit XML: one `<testsuite>` per operation and one
 * `<testcase>` per operation × check (`classname` the operationId, `name`
 * the check id), with `<failure>` carrying the whole failure text (seed,
 * input, response, curl, replay command) and `<skipped>` for checks that
 * did not apply. CircleCI's `store_test_results` and GitHub's JUnit
 * annotation actions read this form.
 *
 * @example
 * writeFileSync('reports/conformance.xml', junitReport(report));
 */
export function junitReport(report: ConformanceReport): string {
  const builder = junit.newBuilder().name('circleci-kit conformance');
  const byOperation = new Map<string, ConformanceReport['results']>();
  for (const result of report.results) {
    const list = byOperation.get(result.operationId) ?? [];
    list.push(result);
    byOperation.set(result.operationId, list);
  }
  for (const [operationId, results] of byOperation) {
    const suite = builder.testSuite().name(operationId);
    for (const result of results) {
      const testCase = suite
        .testCase()
        .className(`conformance.${operationId}`)
        .name(`${operationId} › ${result.check}`)
        .property('check', result.check)
        .property('cases', String(result.cases));
      if (result.status === 'failed') {
        testCase.failure(`${result.check}: ${result.failure?.message ?? 'failed'}`, result.check);
        testCase.standardOutput(failureText(result));
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
