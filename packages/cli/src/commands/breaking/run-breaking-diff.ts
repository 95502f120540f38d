import {
  applyIgnore,
  applySeverity,
  breakingReport,
  checkAgainstLog,
  diffSpecs,
  formatJunit,
  formatMarkdown,
  formatText,
  meetsFailOn,
  type FailOn,
  type StabilityLevel,
} from '@circleci-kit/breaking-changes';
import { CliError } from '../../cli-error.ts';
import { consumerMarkdown, CONSUMERS_COLUMN } from '../../consumers/consumer-markdown.ts';
import { consumerText } from '../../consumers/consumer-text.ts';
import { meetsConsumerFailOn } from '../../consumers/consumers-fail.ts';
import { ExitCode } from '../../exit-codes.ts';
import { printJson } from '../../io.ts';
import type { CommandContext } from '../../command-context.ts';
import { consumerImpactFor } from './consumer-impact-for.ts';
import { lifecycleOptions } from './lifecycle-flags.ts';
import { loadPair } from './load-pair.ts';
import { readIgnore, readSeverity } from './read-controls.ts';
import { notSeenBounds } from './not-seen-bounds.ts';
import { parseDateAndLead } from './parse-date-and-lead.ts';
import { printGithub } from './print-github.ts';
import { readLog } from './read-log.ts';

/** The flags of `breaking diff`, as commander parses them. */
export interface DiffFlags {
  log?: string;
  releaseDate?: string;
  leadDays: string;
  format: 'text' | 'json' | 'markdown' | 'junit' | 'github';
  failOn: FailOn;
  includeDocs?: boolean;
  deprecationDays: string;
  stabilityLevel?: StabilityLevel;
  severity?: string;
  ignore?: string;
  since?: string;
  allNotSeen?: boolean;
  cache: boolean;
  json?: boolean;
  pacts?: string;
  failOnConsumers?: boolean;
}

/**
 * Runs `breaking diff OLD NEW`: diffs the two specs, applies severity
 * overrides and ignores, checks the changes against the log when one is
 * given, prints the report in `flags.format` and sets exit code 1 when
 * `--fail-on` is met. JUnit cases fail by `--fail-on`; GitHub annotations
 * point at the spec files' lines, and the whole report goes to
 * `$GITHUB_STEP_SUMMARY` when it is set.
 *
 * @example
 * await runBreakingDiff('old.json', 'new.json', { format: 'text', failOn: 'error', leadDays: '0', deprecationDays: '0', cache: true }, context);
 */
export async function runBreakingDiff(
  oldSource: string,
  newSource: string,
  flags: DiffFlags,
  context: CommandContext,
): Promise<void> {
  const { io, setExitCode } = context;
  const [releaseDate, leadDays] = parseDateAndLead(
    flags.releaseDate,
    flags.leadDays,
    new Date().toISOString().slice(0, 10),
  );
  const today = new Date().toISOString().slice(0, 10);
  const lifecycle = lifecycleOptions({ ...flags, releaseDate });
  const bounds = notSeenBounds({ ...flags, cwd: io.cwd, oldSource, releaseDate, leadDays });
  const settings = async () => (await context.config()).config.breaking;
  const log = flags.log ?? (await settings())?.log;
  const parsedLog = log === undefined ? undefined : await readLog(io.cwd, log, '--log');
  const severity = flags.severity ?? (await settings())?.severity;
  const overrides = severity === undefined ? undefined : await readSeverity(io.cwd, severity, '--severity');
  const ignore = flags.ignore ?? (await settings())?.ignore;
  const pacts = flags.pacts ?? (await settings())?.pacts;
  if (flags.failOnConsumers === true && pacts === undefined) {
    throw new CliError(
      '--fail-on-consumers needs --pacts (or config breaking.pacts): give the pact file or folder',
      ExitCode.usage,
      'USAGE',
    );
  }
  const ignoreEntries = ignore === undefined ? [] : await readIgnore(io.cwd, ignore, '--ignore');
  const { oldSpec, newSpec, found } = await loadPair(io, oldSource, newSource, flags.cache, (old, next) => ({
    oldSpec: old,
    newSpec: next,
    found: diffSpecs(old, next, { includeDocs: flags.includeDocs === true, ...lifecycle }),
  }));
  const { changes, expired } = applyIgnore(
    overrides === undefined ? found : applySeverity(found, overrides),
    ignoreEntries,
    today,
  );
  for (const entry of expired) {
    io.stderr(
      `warning: --ignore ${entry.file}:${entry.line}: expired on ${entry.until}, no longer ignores: ${entry.text}\n`,
    );
  }
  const check =
    parsedLog === undefined ? undefined : checkAgainstLog(changes, parsedLog, { releaseDate, leadDays, ...bounds });
  const report = breakingReport(changes, check);
  const impact =
    pacts === undefined
      ? undefined
      : await consumerImpactFor(io.cwd, pacts, { oldSpec, newSpec, changes: report.changes });
  const markdown = () =>
    impact === undefined
      ? formatMarkdown(report)
      : formatMarkdown({ ...report, changes: impact.changes }, { columns: [CONSUMERS_COLUMN] }) +
        consumerMarkdown(impact);
  if (flags.format === 'json' || flags.json === true) {
    const { changes: reached, consumerFindings, consumers } = impact ?? {};
    printJson(io, impact === undefined ? report : { ...report, changes: reached, consumerFindings, consumers });
  } else if (flags.format === 'markdown') io.stdout(markdown());
  else if (flags.format === 'junit') io.stdout(await formatJunit(report, flags.failOn));
  else if (flags.format === 'github') await printGithub(io, report, oldSource, newSource, markdown());
  else io.stdout(formatText(report) + (impact === undefined ? '' : consumerText(impact)));
  const fails =
    flags.failOnConsumers === true && impact !== undefined
      ? meetsConsumerFailOn(impact, flags.failOn)
      : meetsFailOn(report.changes, flags.failOn);
  if (fails) setExitCode(ExitCode.checkFailed);
}
