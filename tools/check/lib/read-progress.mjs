// What a conformance run that crashed before writing its report still tells:
// the CLI's progress lines on standard error (one per finished operation,
// when standard error is not a terminal) and its last error.

const progressLine = /^\[\d+\] (.+?): (\d+) passed, (\d+) failed, (\d+) skipped(?: \((.*)\))?$/;

/**
 * The error a crashed run printed: `circleci-kit: unexpected error: …` and
 * the lines after it, without the progress lines; else the first line of an
 * uncaught error (`SyntaxError: …`); `undefined` when there is none.
 *
 * @param {string} stderr the run's standard error
 * @returns {string | undefined}
 * @example
 * crashMessage('[1] getUser: 9 passed, 0 failed, 2 skipped\ncircleci-kit: unexpected error: boom\n'); // 'circleci-kit: unexpected error: boom'
 */
export function crashMessage(stderr) {
  const lines = stderr.split('\n');
  const start = lines.findIndex((line) => line.startsWith('circleci-kit: '));
  if (start < 0) return lines.find((line) => /^[A-Z]\w*Error\b/.test(line));
  return lines
    .slice(start)
    .filter((line) => line.trim() !== '' && !progressLine.test(line))
    .join('\n');
}

/**
 * Partial counts and failures from the progress lines of a run that wrote no
 * report, in the shape of `summarizeReport` plus `partial: true`. The
 * failures carry no message (progress lines name only the failed checks);
 * `operations` is undefined since the spec's count is not known from them.
 *
 * @param {string} stderr the run's standard error
 * @returns {import('./report-summary.mjs').ReportSummary & { partial: true, finished: number }}
 * @example
 * summarizeProgress('[1] getUser: 9 passed, 2 failed, 2 skipped (request-valid, stateful)\n').failed; // 2
 */
export function summarizeProgress(stderr) {
  const summary = { operations: undefined, passed: 0, failed: 0, skipped: 0, failures: [], partial: true, finished: 0 };
  for (const line of stderr.split('\n')) {
    const match = progressLine.exec(line);
    if (!match) continue;
    const [, operationId, passed, failed, skipped, checks] = match;
    summary.finished += 1;
    summary.passed += Number(passed);
    summary.failed += Number(failed);
    summary.skipped += Number(skipped);
    for (const check of checks ? checks.split(', ') : [])
      summary.failures.push({
        operationId,
        check,
        status: 'failed',
        message: '(no message: the run crashed before writing its report)',
        request: undefined,
        repro: undefined,
      });
  }
  return summary;
}
