import { formatGithub, formatMarkdown, type BreakingReport } from '@circleci-kit/breaking-changes';
import type { CliIo } from '../../io.ts';
import { annotatedSpec } from './annotated-spec.ts';
import { appendStepSummary } from './append-step-summary.ts';

/**
 * Prints `breaking diff --format github`: the annotations on stdout, each on
 * its spec file and line (the new spec's, the old one's for a removal; none
 * for a URL), at most 10 of a kind, and the whole report as Markdown
 * (`summary`, by default the report's own) appended to `$GITHUB_STEP_SUMMARY`
 * when that variable is set.
 *
 * @example
 * await printGithub(io, report, 'old.json', 'openapi.json');
 */
export async function printGithub(
  io: CliIo,
  report: BreakingReport,
  oldSource: string,
  newSource: string,
  summary: string = formatMarkdown(report),
): Promise<void> {
  const [old, next] = await Promise.all([annotatedSpec(io, oldSource), annotatedSpec(io, newSource)]);
  io.stdout(formatGithub(report, { ...(old && { old }), ...(next && { new: next }) }));
  await appendStepSummary(io, summary);
}
