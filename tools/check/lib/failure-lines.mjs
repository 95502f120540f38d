/**
 * The lines that show one failure in a check script's output:
 * `operation × check: message` (further lines of the message indented), then the failing request and the repro
 * command when the report has them.
 *
 * @param {import('./report-summary.mjs').Failure} failure
 * @param {string} [indent] prefix of every line
 * @returns {string[]}
 * @example
 * for (const line of failureLines(failure, '  ')) console.log(line);
 */
export function failureLines(failure, indent = '') {
  const status = failure.status === 'error' ? ' (error)' : '';
  const [first, ...rest] = failure.message.split('\n');
  const lines = [`${indent}✗ ${failure.operationId} × ${failure.check}${status}: ${first}`];
  for (const line of rest) lines.push(`${indent}    ${line}`);
  if (failure.request) lines.push(`${indent}    request: ${failure.request}`);
  if (failure.repro) lines.push(`${indent}    repro:   ${failure.repro}`);
  return lines;
}

/**
 * The lines that show one failing run: `title`, the run's problem (exit code,
 * crash) when it has one, the rest of a crash message, then
 * {@link failureLines} for each failure.
 *
 * @param {string} title e.g. `seed 3` or `2019-10-23b (circleci-v2-2019-10-23b.json)`
 * @param {import('./run-conformance.mjs').ConformanceRun} run
 * @param {ReturnType<typeof import('./summarize-run.mjs').summarizeRun>} summary
 * @returns {string[]}
 * @example
 * for (const line of runFailureLines(`seed ${seed}`, run, summarizeRun(run))) console.log(line);
 */
export function runFailureLines(title, run, summary) {
  const lines = [`${title}${run.problem ? `: ${run.problem}` : ''}`];
  for (const line of summary.crash?.split('\n').slice(1) ?? []) lines.push(`    ${line}`);
  for (const failure of summary.failures) lines.push(...failureLines(failure, '  '));
  return lines;
}
