import type { SchemaNode } from '../../rules/rule.ts';
import { type Inclusion, patternIncluded } from './pattern-inclusion.ts';

/** The `pattern` of both versions of a schema node that changed it; `undefined` stands for none. */
export interface PatternChange {
  old: string | undefined;
  new: string | undefined;
}

/** The patterns of a node when its `pattern` was added, removed or rewritten; `undefined` when it kept it. */
export function patternChangeOf(node: SchemaNode): PatternChange | undefined {
  const old = typeof node.old.pattern === 'string' ? node.old.pattern : undefined;
  const next = typeof node.new.pattern === 'string' ? node.new.pattern : undefined;
  return old === next ? undefined : { old, new: next };
}

/**
 * Whether every value the first version's pattern accepts is accepted by
 * the second's (`old` ⊆ `new` when `from` is `'old'`); no pattern accepts
 * every value.
 */
export function patternInclusion(change: PatternChange, from: 'old' | 'new'): Inclusion {
  const to = from === 'old' ? 'new' : 'old';
  return patternIncluded(change[from] ?? '', change[to] ?? '');
}

/**
 * A pattern or value as messages print it: in double quotes, so that an
 * empty one still shows (`""`), with backslashes as written and only
 * control characters escaped.
 *
 * @example
 * quotePattern('^\\w+$'); // '"^\\w+$"', printed "^\w+$"
 */
export function quotePattern(pattern: string): string {
  return `"${pattern.replace(/[\u0000-\u001f\u007f]/g, escapeControl)}"`;
}

const NAMED_CONTROLS: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeControl(char: string): string {
  return NAMED_CONTROLS[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * What happened to the pattern, quoting both versions: `pattern "^a" added`,
 * `pattern "^a" removed`, `pattern changed from "^a" to "^b"`.
 */
export function describePatternChange(change: PatternChange): string {
  if (change.old === undefined) return `pattern ${quotePattern(change.new ?? '')} added`;
  if (change.new === undefined) return `pattern ${quotePattern(change.old)} removed`;
  return `pattern changed from ${quotePattern(change.old)} to ${quotePattern(change.new)}`;
}
