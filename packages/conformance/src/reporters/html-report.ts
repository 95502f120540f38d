import type { CheckStatus, ConformanceReport } from '../conformance-report.ts';
import { failureText } from './failure-text.ts';

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const LABEL: Record<CheckStatus, string> = { passed: '✓', failed: '✗', skipped: '–', error: '!' };

const STYLE = `
body{font:14px/1.4 system-ui,sans-serif;margin:16px;color:#1b1f24;background:#fff}
h1{font-size:20px;margin:0 0 4px}
.meta{color:#555;margin-bottom:12px}
.totals span{display:inline-block;margin-right:12px;padding:2px 8px;border-radius:4px}
table{border-collapse:collapse}
th,td{border:1px solid #d0d7de;padding:2px 6px;text-align:center}
th.op,td.op{text-align:left;font-family:ui-monospace,monospace;font-size:12px;white-space:nowrap}
thead th{position:sticky;top:0;background:#f6f8fa;font-size:11px;writing-mode:vertical-rl;transform:rotate(180deg);height:150px;vertical-align:bottom}
thead th.op{writing-mode:horizontal-tb;transform:none;height:auto}
.passed{background:#2da44e;color:#fff}.failed{background:#cf222e;color:#fff}
.skipped{background:#d0d7de;color:#57606a}.error{background:#bf8700;color:#fff}.none{background:#fff}
td a{color:inherit;text-decoration:none;display:block}
pre{background:#f6f8fa;padding:8px;overflow:auto;max-height:400px;white-space:pre-wrap;word-break:break-all}
section.failure{border-left:4px solid #cf222e;padding-left:8px;margin:12px 0}
`;

/**
 * The report as one self-contained HTML page (inline CSS, no script, no
 * network): the totals, a matrix of operations × checks coloured by result
 * (green passed, red failed, grey skipped, amber target error), and for each
 * failure its message, seed, shrunk input, response, curl command and replay
 * command, linked from its cell.
 *
 * @example
 * writeFileSync('reports/conformance.html', htmlReport(report));
 */
export function htmlReport(report: ConformanceReport): string {
  const byPair = new Map(report.results.map((result) => [`${result.operationId}|${result.check}`, result]));
  const operations = [...new Set(report.results.map((result) => result.operationId))];
  const anchor = (operationId: string, check: string) => `f-${operationId}-${check}`;
  const head = `<tr><th class="op">operation</th>${report.checks.map((check) => `<th>${escape(check)}</th>`).join('')}</tr>`;
  const rows = operations.map((operationId) => {
    const cells = report.checks.map((check) => {
      const result = byPair.get(`${operationId}|${check}`);
      if (result === undefined) return '<td class="none"></td>';
      const title = escape(`${operationId} › ${check}: ${result.failure?.message ?? result.reason ?? result.status}`);
      const mark = LABEL[result.status];
      const body = result.status === 'failed' ? `<a href="#${anchor(operationId, check)}">${mark}</a>` : mark;
      return `<td class="${result.status}" title="${title}">${body}</td>`;
    });
    return `<tr><td class="op">${escape(operationId)}</td>${cells.join('')}</tr>`;
  });
  const failures = report.results
    .filter((result) => result.status === 'failed' || result.status === 'error')
    .map(
      (result) =>
        `<section class="failure" id="${anchor(result.operationId, result.check)}"><h3>${escape(result.operationId)} › ${escape(result.check)}</h3><pre>${escape(failureText(result))}</pre></section>`,
    );
  const { passed, failed, skipped, error } = report.totals;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>conformance: ${escape(report.spec.title)} against ${escape(report.target)}</title>
<style>${STYLE}</style></head><body>
<h1>circleci-kit conformance</h1>
<div class="meta">${escape(`${report.spec.title} ${report.spec.version} (${report.spec.fingerprint.slice(0, 12)}) against ${report.target}; seed ${report.seed}, ${report.runs} runs, ${report.requests} requests`)}${report.shards.length > 0 ? escape(`; shards ${report.shards.map((s) => `${s.index}/${s.total}`).join(', ')}`) : ''}</div>
<div class="totals"><span class="passed">${passed} passed</span><span class="failed">${failed} failed</span><span class="skipped">${skipped} skipped</span><span class="error">${error} errors</span></div>
${report.aborted ? `<p><strong>Aborted:</strong> ${escape(report.aborted.reason)} (partial report)</p>` : ''}
<table><thead>${head}</thead><tbody>
${rows.join('\n')}
</tbody></table>
${failures.length > 0 ? `<h2>Failures</h2>\n${failures.join('\n')}` : ''}
</body></html>
`;
}
