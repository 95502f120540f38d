import { toPointer } from '@circleci-kit/spec-loader';
import type { PactMatcher, PactRuleList } from './pact-types.ts';
import { dateMatcherRefuses } from './_internals/date-matcher.ts';
import { parsePath, selectRule, type PathToken } from './_internals/json-path.ts';

/** One place where an actual body breaks the contract. */
export interface BodyMismatch {
  /** JSON pointer of the value in the actual body, e.g. `/items/0/id`. */
  pointer: string;
  message: string;
}

/** A matching rule path read into tokens, with its rule as the pact file holds it (a matcher list or not). */
export interface RulePath {
  tokens: PathToken[];
  rule: PactRuleList;
}

type Rules = RulePath[];

const typeName = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

const show = (value: unknown): string => {
  // JSON has no text for undefined, a function or a symbol.
  const text =
    value === undefined || typeof value === 'function' || typeof value === 'symbol'
      ? String(value)
      : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeName(a) !== typeName(b) || a === null || typeof a !== 'object') return false;
  if (Array.isArray(a))
    return a.length === (b as unknown[]).length && a.every((x, i) => deepEqual(x, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.length === Object.keys(rb).length && ka.every((k) => deepEqual(ra[k], rb[k]));
}

/** Why one matcher refuses a value, or `undefined` when it accepts it. */
export function matcherRefuses(
  matcher: PactMatcher,
  expected: unknown,
  actual: unknown,
  exact: boolean,
): string | undefined {
  switch (matcher.match) {
    case 'type': {
      if (typeName(expected) !== typeName(actual)) return `expected a ${typeName(expected)}, got ${show(actual)}`;
      if (exact && Array.isArray(actual)) {
        if (matcher.min !== undefined && actual.length < matcher.min)
          return `expected at least ${matcher.min} items, got ${actual.length}`;
        if (matcher.max !== undefined && actual.length > matcher.max)
          return `expected at most ${matcher.max} items, got ${actual.length}`;
      }
      return undefined;
    }
    case 'regex': {
      if (actual === null || typeof actual === 'object')
        return `expected a value matching /${matcher.regex}/, got ${show(actual)}`;
      let regex: RegExp;
      try {
        regex = new RegExp(matcher.regex ?? '', 'u');
      } catch {
        return `the pact's regex /${matcher.regex}/ does not compile`;
      }
      return regex.test(typeof actual === 'string' ? actual : JSON.stringify(actual))
        ? undefined
        : `expected a value matching /${matcher.regex}/, got ${show(actual)}`;
    }
    case 'integer':
      return Number.isInteger(actual) ? undefined : `expected an integer, got ${show(actual)}`;
    case 'decimal':
      return typeof actual === 'number' ? undefined : `expected a decimal number, got ${show(actual)}`;
    case 'number':
      return typeof actual === 'number' ? undefined : `expected a number, got ${show(actual)}`;
    case 'boolean':
      return typeof actual === 'boolean' ? undefined : `expected a boolean, got ${show(actual)}`;
    case 'null':
      return actual === null ? undefined : `expected null, got ${show(actual)}`;
    case 'equality':
      return deepEqual(expected, actual) ? undefined : `expected ${show(expected)}, got ${show(actual)}`;
    case 'include':
      return typeof actual === 'string' && actual.includes(String(matcher.value))
        ? undefined
        : `expected a string including ${show(matcher.value)}, got ${show(actual)}`;
    case 'date':
    case 'time':
    case 'datetime':
    case 'timestamp':
      return typeof actual === 'string'
        ? dateMatcherRefuses(matcher, actual)
        : `expected a ${matcher.match} string, got ${show(actual)}`;
    default:
      // values, eachKey, eachValue, arrayContains, semver, contentType, notEmpty: checked as `type`.
      return typeName(expected) === typeName(actual) || expected === undefined
        ? undefined
        : `expected a ${typeName(expected)}, got ${show(actual)}`;
  }
}

/** Applies a rule list: the first refusal (AND) or a refusal only when every matcher refuses (OR). */
function ruleRefuses(rule: PactRuleList, expected: unknown, actual: unknown, exact: boolean): string | undefined {
  const refusals = rule.matchers.map((m) => matcherRefuses(m, expected, actual, exact));
  if (rule.combine === 'OR') return refusals.every((r) => r !== undefined) ? refusals.join(' and ') : undefined;
  return refusals.find((r) => r !== undefined);
}

/** Whether a rule's token at a depth matches a path's token there: equal, or a wildcard. */
const tokenFits = (ruleToken: PathToken, token: PathToken): boolean =>
  ruleToken === '*' || ruleToken === token || String(ruleToken) === String(token);

/**
 * The rules that may still govern a child at `token`: those whose path is
 * already a prefix of the parent's (they cascade) and those whose next
 * token fits. The same array when none drops out.
 */
function rulesBelow(rules: Rules, depth: number, token: PathToken): Rules {
  let kept: Rules | undefined;
  for (const [i, entry] of rules.entries()) {
    const fits = entry.tokens.length <= depth || tokenFits(entry.tokens[depth]!, token);
    if (kept === undefined) {
      if (fits) continue;
      kept = rules.slice(0, i);
    } else if (fits) kept.push(entry);
  }
  return kept ?? rules;
}

/**
 * Compares one value. `tokens` is the path to it, shared down the walk (a
 * child's token is pushed, then popped), so a pointer is written only for a
 * mismatch; `rules` are the rules whose path fits it so far.
 */
function compare(expected: unknown, actual: unknown, tokens: PathToken[], rules: Rules, out: BodyMismatch[]): void {
  const selected = selectRule(rules, tokens);
  if (selected !== undefined) {
    const refusal = ruleRefuses(selected.rule, expected, actual, selected.exact);
    if (refusal !== undefined) {
      out.push({ pointer: toPointer(tokens), message: refusal });
      return;
    }
    if (selected.rule.combine === 'OR' && actual === null) return;
  }
  const depth = tokens.length;
  const child = (want: unknown, got: unknown, token: PathToken): void => {
    tokens.push(token);
    compare(want, got, tokens, rulesBelow(rules, depth, token), out);
    tokens.pop();
  };
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const byType = selected?.rule.matchers.some(
      (m) => m.match === 'type' || m.match === 'eachValue' || m.min !== undefined,
    );
    if (byType) {
      if (expected.length === 0) return;
      for (const [i, item] of actual.entries()) child(expected[Math.min(i, expected.length - 1)], item, i);
      return;
    }
    if (expected.length !== actual.length) {
      out.push({ pointer: toPointer(tokens), message: `expected ${expected.length} items, got ${actual.length}` });
      return;
    }
    for (const [i, item] of actual.entries()) child(expected[i], item, i);
    return;
  }
  if (
    expected !== null &&
    typeof expected === 'object' &&
    actual !== null &&
    typeof actual === 'object' &&
    !Array.isArray(actual)
  ) {
    const eachValue =
      selected?.exact === true && selected.rule.matchers.some((m) => m.match === 'values' || m.match === 'eachValue');
    const expectedValues = Object.values(expected);
    for (const [key, value] of Object.entries(eachValue ? actual : expected)) {
      if (eachValue) {
        if (expectedValues.length > 0) child(expectedValues[0], value, key);
      } else if (!(key in actual)) out.push({ pointer: toPointer([...tokens, key]), message: `missing ${key}` });
      else child(value, (actual as Record<string, unknown>)[key], key);
    }
    return;
  }
  if (selected === undefined && !deepEqual(expected, actual)) {
    out.push({ pointer: toPointer(tokens), message: `expected ${show(expected)}, got ${show(actual)}` });
  } else if (
    selected !== undefined &&
    typeName(expected) !== typeName(actual) &&
    typeof expected === 'object' &&
    expected !== null
  ) {
    out.push({ pointer: toPointer(tokens), message: `expected a ${typeName(expected)}, got ${show(actual)}` });
  }
}

/**
 * Reads the paths of a body's matching rules into tokens, leaving out the
 * paths that cannot be read. The rules stay as the pact file holds them:
 * a pact file is read unchecked, so one may have no matcher list (or be null).
 *
 * @example
 * readRulePaths({ '$.items[*].id': { matchers: [{ match: 'type' }] } })[0].tokens; // the path's tokens
 */
export function readRulePaths(rules: Readonly<Record<string, PactRuleList>> = {}): RulePath[] {
  const paths: RulePath[] = [];
  for (const [path, rule] of Object.entries(rules)) {
    const tokens = parsePath(path);
    if (tokens !== undefined) paths.push({ tokens, rule });
  }
  return paths;
}

/** A body's matching rules read once, to match many bodies: see {@link parseBodyRules}. */
export type ParsedBodyRules = Readonly<Rules>;

/**
 * The rules {@link matchParsedBody} matches with, from paths
 * {@link readRulePaths} read: those with a matcher list.
 *
 * @example
 * const parsed = parseBodyRules(readRulePaths({ '$.id': { matchers: [{ match: 'type' }] } }));
 */
export function parseBodyRules(paths: readonly RulePath[]): ParsedBodyRules {
  return paths.filter(({ rule }) => Array.isArray((rule as PactRuleList | null)?.matchers));
}

/**
 * {@link matchBody} with the rules already read by {@link parseBodyRules}:
 * for one example held to many bodies.
 *
 * @example
 * const parsed = parseBodyRules(readRulePaths(rules));
 * const mismatches = candidates.flatMap((body) => matchParsedBody(example, body, parsed));
 */
export function matchParsedBody(expected: unknown, actual: unknown, rules: ParsedBodyRules): BodyMismatch[] {
  const out: BodyMismatch[] = [];
  compare(expected, actual, [], rules as Rules, out);
  return out;
}

/**
 * Compares an actual JSON body with a pact's expected one under its `body`
 * matching rules, the way Pact does: keys the pact expects must be there
 * (extra ones are fine), the rule with the most specific path governs each
 * value and cascades to its children, `type` with `min`/`max` matches every
 * item against the first expected one, `combine: 'OR'` passes when one
 * matcher does, and values with no rule must be equal.
 *
 * @example
 * matchBody({ id: 'a' }, { id: 'b' }, { '$.id': { matchers: [{ match: 'type' }] } }); // []
 * matchBody({ id: 'a' }, { id: 1 }, { '$.id': { matchers: [{ match: 'type' }] } });
 * // [{ pointer: '/id', message: 'expected a string, got 1' }]
 */
export function matchBody(
  expected: unknown,
  actual: unknown,
  rules: Readonly<Record<string, PactRuleList>> = {},
): BodyMismatch[] {
  return matchParsedBody(expected, actual, parseBodyRules(readRulePaths(rules)));
}
