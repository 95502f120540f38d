/**
 * Pact's JSON paths (`$.items[*].id`, `$['odd-key']`): building them for
 * the rules we write, and choosing the rule that governs a value when
 * verifying, with Pact's weighting (exact segments beat wildcards, the most
 * specific path wins, a parent's rule cascades to its children).
 */

/** One segment of a path: a property name, an index, or `*`. */
export type PathToken = string | number;

const SIMPLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Appends a property name to a path, quoting it when needed. */
export function childPath(path: string, key: string): string {
  return SIMPLE.test(key) ? `${path}.${key}` : `${path}['${key.replace(/'/g, "\\'")}']`;
}

/** Splits a Pact path into tokens (`$` dropped); `undefined` when it cannot be read. */
export function parsePath(path: string): PathToken[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const tokens: PathToken[] = [];
  let i = 1;
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      const m = /^(\*|[^.[\]]+)/.exec(path.slice(i + 1));
      if (m === null) return undefined;
      tokens.push(m[1]!);
      i += 1 + m[1]!.length;
    } else if (c === '[') {
      const rest = path.slice(i);
      const m = /^\[(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(\d+)|(\*))\]/.exec(rest);
      if (m === null) return undefined;
      if (m[3] !== undefined) tokens.push(Number(m[3]));
      else if (m[4] !== undefined) tokens.push('*');
      else tokens.push((m[1] ?? m[2]!).replace(/\\(.)/g, '$1'));
      i += m[0].length;
    } else return undefined;
  }
  return tokens;
}

/**
 * How well a rule path fits an actual path: 0 when it does not (it is longer,
 * or a segment differs), else the sum of 2 per exact segment and 1 per
 * wildcard, plus one so that `$` itself fits everything.
 */
export function pathWeight(rule: readonly PathToken[], actual: readonly PathToken[]): number {
  if (rule.length > actual.length) return 0;
  let weight = 1;
  for (const [i, token] of rule.entries()) {
    const value = actual[i]!;
    if (token === '*') weight += 1;
    else if (token === value || String(token) === String(value)) weight += 2;
    else return 0;
  }
  return weight;
}

/** The rule that governs the value at `actual`, by weight then length, or `undefined`. */
export function selectRule<R>(
  rules: ReadonlyArray<{ tokens: readonly PathToken[]; rule: R }>,
  actual: readonly PathToken[],
  exactOnly = false,
): { rule: R; exact: boolean } | undefined {
  let best: { rule: R; exact: boolean; weight: number; length: number } | undefined;
  for (const { tokens, rule } of rules) {
    if (exactOnly && tokens.length !== actual.length) continue;
    const weight = pathWeight(tokens, actual);
    if (weight === 0) continue;
    if (best === undefined || weight > best.weight || (weight === best.weight && tokens.length > best.length)) {
      best = { rule, exact: tokens.length === actual.length, weight, length: tokens.length };
    }
  }
  return best === undefined ? undefined : { rule: best.rule, exact: best.exact };
}
