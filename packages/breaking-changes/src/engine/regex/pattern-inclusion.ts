import { counterexample } from './product-inclusion.ts';
import { parsePattern } from './parse-pattern.ts';
import { type PatternNode, UnsupportedPattern } from './pattern-ast.ts';
import { probeCounterexample } from './probe-counterexample.ts';

/** Whether one pattern's language lies within another's. */
export type Inclusion =
  | { verdict: 'included' }
  /** `witness` is matched by the first pattern and not by the second. */
  | { verdict: 'not-included'; witness: string }
  | { verdict: 'undecidable'; reason: string };

const MAX_CACHED = 4_096;
const cache = new Map<string, Inclusion>();
const INCLUDED: Inclusion = { verdict: 'included' };
const EVERY_VALUE: PatternNode = { type: 'seq', items: [] };

/**
 * Whether every string that JSON Schema `pattern` `sub` accepts is accepted
 * by `sup` (patterns are searches: unanchored `abc` accepts `xabcx`; the
 * empty pattern accepts everything). Decided exactly for the regular subset
 * of ECMAScript patterns (see `parsePattern`); for other syntax a short
 * counterexample is still looked for, else the answer is `undecidable`.
 * Answers are cached per pair.
 *
 * @example
 * patternIncluded('^[a-z]+$', '^\\w+$'); // { verdict: 'included' }
 * patternIncluded('^\\w+$', '^[a-z]+$'); // { verdict: 'not-included', witness: '0' }
 */
export function patternIncluded(sub: string, sup: string): Inclusion {
  const key = `${sub}\u0000${sup}`;
  let answer = cache.get(key);
  if (answer === undefined) {
    answer = decide(sub, sup);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, answer);
  }
  return answer;
}

function decide(sub: string, sup: string): Inclusion {
  if (sub === sup || sup === '') return INCLUDED;
  const subNode = tryParse(sub);
  const supNode = tryParse(sup);
  try {
    if (!(subNode instanceof UnsupportedPattern) && !(supNode instanceof UnsupportedPattern)) {
      const witness = counterexample(subNode, supNode);
      return witness === undefined ? INCLUDED : { verdict: 'not-included', witness };
    }
    // Whatever `sub` is, a `sup` that accepts everything holds it.
    if (!(supNode instanceof UnsupportedPattern) && counterexample(EVERY_VALUE, supNode) === undefined) return INCLUDED;
  } catch (error) {
    if (!(error instanceof UnsupportedPattern)) throw error;
    return fallback(sub, sup, error.message);
  }
  const reasons = [subNode, supNode].filter((node) => node instanceof UnsupportedPattern).map((node) => node.message);
  return fallback(sub, sup, reasons.join('; '));
}

function fallback(sub: string, sup: string, reason: string): Inclusion {
  const witness = probeCounterexample(sub, sup);
  return witness === undefined ? { verdict: 'undecidable', reason } : { verdict: 'not-included', witness };
}

function tryParse(pattern: string): PatternNode | UnsupportedPattern {
  try {
    return parsePattern(pattern);
  } catch (error) {
    if (error instanceof UnsupportedPattern) return error;
    throw error;
  }
}
