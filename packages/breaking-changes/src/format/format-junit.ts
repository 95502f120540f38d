import type { Builder } from 'junit-report-builder';
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

/**
 * The report as JUnit XML for CI test tabs (CircleCI's `store_test_results`,
 * GitHub's JUnit annotation actions), written with `junit-report-builder`:
 * one test suite `breaking-changes`, one test case per operation that
 * changed (`METHOD path`). A case fails only when it has a change at or
 * above `failOn` (the failure's message lists those rule ids); every change
 * of the operation is listed in the case's output, and in the failure's
 * body when it fails. `junit-report-builder` is loaded on first use.
 *
 * @example
 * writeFileSync('reports/breaking.xml', await formatJunit(report, 'error'));
 */
export async function formatJunit(report: BreakingReport, failOn: FailOn = 'error'): Promise<string> {
  const byOperation = new Map<string, BreakingReport['changes']>();
  for (const change of report.changes) {
    const key = `${change.operation.method} ${change.operation.path}`;
    byOperation.set(key, [...(byOperation.get(key) ?? []), change]);
  }
  const junit = await junitBuilder();
  const builder = junit.newBuilder().name('breaking-changes');
  const suite = builder.testSuite().name('breaking-changes');
  for (const [name, changes] of byOperation) {
    const testCase = suite.testCase().className('breaking-changes').name(name);
    const lines = changes.map((change) => `${change.level} ${change.id}: ${change.message}`).join('\n');
    const failing = changes.filter((change) => meetsFailOn([change], failOn));
    if (failing.length > 0) {
      testCase.failure(failing.map((change) => change.id).join(', '), 'breaking-change').stacktrace(lines);
    }
    testCase.standardOutput(lines);
  }
  return `${builder.build()}\n`;
}
