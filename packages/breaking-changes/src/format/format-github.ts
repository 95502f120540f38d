import type { BreakingReport } from '../report/breaking-report.ts';

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * The report as GitHub Actions workflow commands: `::error`, `::warning`
 * or `::notice` per change, titled with the rule id, so that they show as
 * annotations on the run.
 *
 * @example
 * io.stdout(formatGithub(report)); // ::error title=operation-removed::GET /me (getCurrentUser) removed
 */
export function formatGithub(report: BreakingReport): string {
  const command = { error: 'error', warn: 'warning', info: 'notice' } as const;
  return report.changes
    .map((change) => {
      const title = escapeProperty(`${change.id} (${change.operation.method} ${change.operation.path})`);
      return `::${command[change.level]} title=${title}::${escapeData(change.message)}\n`;
    })
    .join('');
}
