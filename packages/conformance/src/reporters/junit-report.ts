import { junitXml } from '@circleci-kit/mock-server/junit-xml';
import type { ConformanceReport } from '../conformance-report.ts';
import { failureText } from './failure-text.ts';

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
  return junitXml({ name: 'circleci-kit conformance', kind: 'conformance' }, report.results, (result) => ({
    title: result.check,
    properties: { check: result.check, cases: String(result.cases) },
    ...(result.status === 'failed' && {
      failure: { message: `${result.check}: ${result.failure?.message ?? 'failed'}`, type: result.check },
      output: failureText(result),
    }),
  }));
}
