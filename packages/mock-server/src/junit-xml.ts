import junitModule, { type Builder } from 'junit-report-builder';

/** The library's default builder (a CommonJS default export, reached the same way by Node and TypeScript). */
const loaded: { default?: Builder } = junitModule;
const junit: Builder = loaded.default ?? (junitModule as unknown as Builder);

/** What every result of a run against a target has: the operation, the outcome and why. */
export interface RunResult {
  operationId: string;
  status: 'passed' | 'failed' | 'skipped' | 'error';
  /** Why it was skipped (written to the case's output) or errored (the `<error>` message). */
  reason?: string | undefined;
}

/** What a report adds to one result's test case. */
export interface JunitCaseDetail {
  /** What was tried, e.g. the check id: the case is named `<operationId> › <title>`. */
  title: string;
  /** How long it took, in seconds. @default undefined (no `time`) */
  time?: number | undefined;
  /** `<property>` elements, in this order. @default {} */
  properties?: Readonly<Record<string, string>>;
  /** For a failed result: the `<failure>` message and type, and the text in its body. */
  failure?: { message: string; type: string; body?: string } | undefined;
  /** The case's `<system-out>`. @default undefined (none, or `skipped: <reason>` for a skipped result) */
  output?: string | undefined;
}

/**
 * A run's results as JUnit XML, written with `junit-report-builder`, the
 * form that CircleCI's `store_test_results` and GitHub's JUnit annotation
 * actions read: one `<testsuite>` per operation (in the order of its first
 * result), one `<testcase>` per result (`classname` `<kind>.<operationId>`),
 * a `<failure>` for a failed result, an `<error>` of type `target` for a
 * target that could not be reached (`target error` when there is no
 * reason), `<skipped>` with the reason in the case's output. Conformance
 * and Pact verification reports are written through it.
 *
 * @example
 * junitXml({ name: 'circleci-kit pact verify', kind: 'pact' }, report.results, (result) => ({ title: result.description }));
 */
export function junitXml<R extends RunResult>(
  run: { name: string; kind: string },
  results: readonly R[],
  detail: (result: R) => JunitCaseDetail,
): string {
  const builder = junit.newBuilder().name(run.name);
  const suites = new Map<string, ReturnType<typeof builder.testSuite>>();
  for (const result of results) {
    const { operationId, status, reason } = result;
    let suite = suites.get(operationId);
    if (suite === undefined) suites.set(operationId, (suite = builder.testSuite().name(operationId)));
    const more = detail(result);
    const testCase = suite.testCase().className(`${run.kind}.${operationId}`).name(`${operationId} › ${more.title}`);
    if (more.time !== undefined) testCase.time(more.time);
    for (const [key, value] of Object.entries(more.properties ?? {})) testCase.property(key, value);
    if (status === 'failed') {
      const failure = more.failure ?? { message: 'failed', type: run.kind };
      testCase.failure(failure.message, failure.type);
      if (failure.body !== undefined) testCase.stacktrace(failure.body);
    } else if (status === 'error') {
      testCase.error(reason ?? 'target error', 'target');
    } else if (status === 'skipped') {
      testCase.skipped();
    }
    const output = more.output ?? (status === 'skipped' && reason ? `skipped: ${reason}` : undefined);
    if (output !== undefined) testCase.standardOutput(output);
  }
  return `${builder.build()}\n`;
}
