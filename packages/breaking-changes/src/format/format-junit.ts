import type { Builder } from 'junit-report-builder';
import type { ReportedChange } from '../controls/apply-ignore.ts';
import { meetsFailOn, type BreakingReport, type FailOn } from '../report/breaking-report.ts';

let builderModule: Promise<Builder> | undefined;

/**
 * The library's default builder, loaded on first use so that a diff printed
 * in any other format never pays for it (a CommonJS default export, reached
 * the same way by Node and TypeScript).
 */
function junitBuilder(): Promise<Builder> {
  builderModule ??= import('junit-report-builder').then(
    (module) => (module as unknown as { default?: Builder }).default ?? (module as unknown as Builder),
  );
  return builderModule;
}

/** The test case's class: the operation (`METHOD path`), or `spec` for a change outside any operation. */
function classNameOf(change: ReportedChange): string {
  const { method, path } = change.operation;
  return method === '' || path === '' ? 'spec' : `${method.toUpperCase()} ${path}`;
}

/**
 * The report as JUnit XML for CI test tabs (CircleCI's `store_test_results`,
 * GitHub's JUnit annotation actions), written with `junit-report-builder`:
 * one test suite `breaking-changes`, one test case per change, its class
 * the operation (`METHOD path`, or `spec`), its name the rule id and the
 * change's pointer (new, else old), so that a test UI groups the changes by
 * operation. A case fails when its change alone meets `failOn` (`error`:
 * error-level changes; `warn`: warnings too; `never`: none), the failure
 * typed with the rule id and carrying the message; a change an ignore file
 * acknowledged is skipped (its output names the ignore line); every other
 * change passes, since it was checked and is below the threshold (a skip
 * would read as "not checked"). Each case's output holds `level id: message`. With no
 * failing change, the suite has no failures. `junit-report-builder` is
 * loaded on first use.
 *
 * @example
 * writeFileSync('reports/breaking.xml', await formatJunit(report, 'error'));
 */
export async function formatJunit(report: BreakingReport, failOn: FailOn = 'error'): Promise<string> {
  const junit = await junitBuilder();
  const builder = junit.newBuilder().name('breaking-changes');
  const suite = builder.testSuite().name('breaking-changes');
  for (const change of report.changes) {
    const testCase = suite
      .testCase()
      .className(classNameOf(change))
      .name(`${change.id} ${change.new ?? change.old ?? ''}`.trim());
    const detail = `${change.level} ${change.id}: ${change.message}`;
    const by = change.ignoredBy ? `\nignored by ${change.ignoredBy.file}:${change.ignoredBy.line}` : '';
    if (change.ignored) testCase.skipped();
    else if (meetsFailOn([change], failOn)) testCase.failure(change.message, change.id).stacktrace(detail);
    testCase.standardOutput(detail + by);
  }
  return `${builder.build()}\n`;
}
