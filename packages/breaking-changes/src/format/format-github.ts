import type { ReportedChange } from '../controls/apply-ignore.ts';
import type { BreakingReport } from '../report/breaking-report.ts';

/** A spec file as annotations name it: its path from the repository root, and where its pointers' lines are. */
export interface AnnotatedSpec {
  /** The path GitHub shows the annotation on (relative to the workspace root). */
  file: string;
  /**
   * The 1-based line of a JSON pointer in the file, e.g. `pointerLines(text).lineOf` from
   * `@circleci-kit/spec-loader/pointer-lines` (JSON or YAML text). Without it, or where it gives
   * `undefined`, the annotation carries no line.
   */
  lineOf?: (pointer: string) => number | undefined;
}

/** Options of `formatGithub`. */
export interface GithubOptions {
  /** The old spec: where a removal is annotated. */
  old?: AnnotatedSpec;
  /** The new spec: where every other change is annotated. */
  new?: AnnotatedSpec;
  /**
   * The most annotations of one kind (error, warning, notice): GitHub shows
   * 10 per kind and step. Past it, the last one of the kind says how many
   * more there are.
   * @default 10
   */
  perKind?: number;
}

type Command = 'error' | 'warning' | 'notice';

const COMMAND = { error: 'error', warn: 'warning', info: 'notice' } as const;

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * The report as GitHub Actions workflow commands, one annotation per change
 * (`::error`, `::warning`, `::notice` by level; a change an ignore file
 * acknowledged is a notice), on the spec file and line of the change: the
 * line of its pointer in the new spec (the old one for a removal), when that
 * spec's `lineOf` is given. Titled with the
 * rule id, the message names the operation. At most `perKind` (10)
 * annotations of a kind: past it, the last one says "and N more <kind>s:
 * see the job summary" (the CLI writes the whole list there).
 *
 * @example
 * const { pointerLines } = await import('@circleci-kit/spec-loader/pointer-lines');
 * const side = (file: string, text: string) => ({ file, lineOf: pointerLines(text).lineOf });
 * io.stdout(formatGithub(report, { old: side('old.json', oldText), new: side('openapi.json', text) }));
 * // ::error file=old.json,line=12,title=operation-removed::GET /me: GET /me (getCurrentUser) removed
 */
export function formatGithub(report: BreakingReport, options: GithubOptions = {}): string {
  const perKind = Math.max(1, options.perKind ?? 10);
  const sides = (['old', 'new'] as const).map((side) => options[side]);
  const annotate = (change: ReportedChange, command: Command): string => {
    const [side, pointer] = change.new === null ? [sides[0], change.old] : [sides[1], change.new];
    const line = side === undefined || pointer === null ? undefined : side.lineOf?.(pointer);
    const properties = [
      ...(side === undefined ? [] : [`file=${escapeProperty(side.file)}`]),
      ...(line === undefined ? [] : [`line=${line}`]),
      `title=${escapeProperty(change.id)}`,
    ];
    const ignored = change.ignoredBy ? ` (ignored: ${change.ignoredBy.file}:${change.ignoredBy.line})` : '';
    const message = `${change.operation.method} ${change.operation.path}: ${change.message}${ignored}`;
    return `::${command} ${properties.join(',')}::${escapeData(message)}\n`;
  };
  const out: string[] = [];
  for (const command of ['error', 'warning', 'notice'] as const) {
    const changes = report.changes.filter((change) => (change.ignored ? 'notice' : COMMAND[change.level]) === command);
    const shown = changes.length > perKind ? changes.slice(0, perKind - 1) : changes;
    out.push(...shown.map((change) => annotate(change, command)));
    const more = changes.length - shown.length;
    if (more > 0) {
      out.push(`::${command} title=breaking-changes::and ${more} more ${command}s: see the job summary\n`);
    }
  }
  return out.join('');
}
