import { formatTable } from '../format-table.mjs';

/**
 * The table of a workflow run: one row per job with the Node version it ran
 * on, its status, wall seconds, the exit code of each node (`parallelism`
 * shards in order) and the files it stored.
 *
 * @param {import('./workflow.mjs').JobOutcome[]} outcomes
 * @param {(job: import('./expand-config.mjs').PlannedJob) => string} nodeVersion
 * @returns {string}
 */
export function formatWorkflowTable(outcomes, nodeVersion) {
  const rows = outcomes.map(({ job, status, nodes, seconds }) => {
    const ran = status !== 'blocked';
    const stored = nodes.reduce(
      (sum, node) => ({
        testResults: sum.testResults + (node?.stored?.testResults ?? 0),
        artifacts: sum.artifacts + (node?.stored?.artifacts ?? 0),
      }),
      { testResults: 0, artifacts: 0 },
    );
    return [
      job.name,
      nodeVersion(job),
      status,
      ran ? seconds.toFixed(1) : '-',
      ran ? nodes.map((node) => node?.exitCode ?? '?').join(' ') : '-',
      stored.testResults + stored.artifacts > 0 ? `${stored.testResults} results, ${stored.artifacts} artifacts` : '-',
    ];
  });
  return formatTable(['job', 'node', 'status', 'seconds', 'exit codes', 'stored'], rows);
}

/**
 * The summary line: `workflow ci: success (6 jobs: 6 success)`; the workflow
 * succeeds only when every job did.
 *
 * @param {string} workflow
 * @param {import('./workflow.mjs').JobOutcome[]} outcomes
 * @returns {{ ok: boolean, line: string }}
 */
export function workflowSummary(workflow, outcomes) {
  const ok = outcomes.every((outcome) => outcome.status === 'success');
  const counts = ['success', 'failed', 'blocked']
    .map((status) => [status, outcomes.filter((outcome) => outcome.status === status).length])
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  return {
    ok,
    line: `workflow ${workflow}: ${ok ? 'success' : 'failed'} (${outcomes.length} jobs: ${counts.join(', ')})`,
  };
}
