import type { BreakingReport } from '../report/breaking-report.js';

function xml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/**
 * The report as JUnit XML for CI test tabs: one test suite, one test case
 * per operation that changed (`METHOD path`), failing when it has a change
 * at or above `failOn`; every change is listed in the case's output.
 *
 * @example
 * writeFileSync('reports/breaking.xml', formatJunit(report, 'error'));
 */
export function formatJunit(report: BreakingReport, failOn: 'error' | 'warn' | 'never' = 'error'): string {
  const byOperation = new Map<string, BreakingReport['changes']>();
  for (const change of report.changes) {
    const key = `${change.operation.method} ${change.operation.path}`;
    byOperation.set(key, [...(byOperation.get(key) ?? []), change]);
  }
  const fails = (level: string) => failOn !== 'never' && (level === 'error' || (failOn === 'warn' && level === 'warn'));
  let failures = 0;
  const cases = [...byOperation].map(([name, changes]) => {
    const failing = changes.filter((change) => fails(change.level));
    const lines = changes.map((change) => `${change.level} ${change.id}: ${change.message}`).join('\n');
    let body = `<system-out>${xml(lines)}</system-out>`;
    if (failing.length > 0) {
      failures += 1;
      const message = failing.map((change) => change.id).join(', ');
      body = `<failure message="${xml(message)}" type="breaking-change">${xml(lines)}</failure>${body}`;
    }
    return `    <testcase classname="breaking-changes" name="${xml(name)}">${body}</testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${cases.length}" failures="${failures}">`,
    `  <testsuite name="breaking-changes" tests="${cases.length}" failures="${failures}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
