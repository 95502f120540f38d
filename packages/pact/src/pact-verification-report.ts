/** One mismatch between what a pact expects and what the provider answered. */
export interface PactMismatch {
  /** `status`, `header`, `body` or `state`. */
  where: 'status' | 'header' | 'body' | 'state';
  /** JSON pointer in the body, or the header name. */
  pointer: string;
  message: string;
}

/** The outcome of one interaction. */
export interface InteractionResult {
  /** The pact file (or `<object>`). */
  pact: string;
  consumer: string;
  provider: string;
  description: string;
  key: string;
  /** From the interaction's comments, else the description's first word. */
  operationId: string;
  status: 'passed' | 'failed' | 'skipped' | 'error';
  /** Why it was skipped or errored. */
  reason?: string;
  mismatches: PactMismatch[];
  request: { method: string; path: string };
  /** The status the provider answered. */
  actualStatus?: number;
  durationMs: number;
}

/** The outcome of verifying pacts against a provider. */
export interface PactVerificationReport {
  format: 'circleci-kit-pact-verification/1';
  target: string;
  pacts: Array<{ path: string; consumer: string; provider: string; interactions: number }>;
  results: InteractionResult[];
  totals: { passed: number; failed: number; skipped: number; error: number };
  durationMs: number;
  /** Set when the target could not be reached: the run stopped there. */
  aborted?: { reason: string };
}

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * The report as JUnit XML, in the form of conformance's reports: one
 * `<testsuite>` per operation, one `<testcase>` per interaction
 * (`classname` `pact.<operationId>`), `<failure>` listing every mismatch.
 *
 * @example
 * writeFileSync('reports/pact.xml', pactJunitReport(report));
 */
export function pactJunitReport(report: PactVerificationReport): string {
  const byOperation = new Map<string, InteractionResult[]>();
  for (const result of report.results) {
    byOperation.set(result.operationId, [...(byOperation.get(result.operationId) ?? []), result]);
  }
  const count = (list: InteractionResult[], status: InteractionResult['status']): number =>
    list.filter((r) => r.status === status).length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="circleci-kit pact verify" tests="${report.results.length}" failures="${report.totals.failed}" errors="${report.totals.error}" skipped="${report.totals.skipped}">`,
  ];
  for (const [operationId, list] of byOperation) {
    lines.push(
      `  <testsuite name="${escapeXml(operationId)}" tests="${list.length}" failures="${count(list, 'failed')}" errors="${count(list, 'error')}" skipped="${count(list, 'skipped')}">`,
    );
    for (const result of list) {
      const name = escapeXml(`${operationId} › ${result.description}`);
      const time = (result.durationMs / 1000).toFixed(3);
      const open = `    <testcase classname="pact.${escapeXml(operationId)}" name="${name}" time="${time}"`;
      if (result.status === 'passed') {
        lines.push(`${open}/>`);
        continue;
      }
      lines.push(`${open}>`);
      if (result.status === 'failed') {
        const text = result.mismatches.map((m) => `${m.where} ${m.pointer}: ${m.message}`).join('\n');
        lines.push(
          `      <failure message="${escapeXml(result.mismatches[0]?.message ?? 'failed')}" type="pact">${escapeXml(text)}</failure>`,
        );
      } else if (result.status === 'error')
        lines.push(`      <error message="${escapeXml(result.reason ?? 'target error')}" type="target"/>`);
      else lines.push(`      <skipped message="${escapeXml(result.reason ?? '')}"/>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
