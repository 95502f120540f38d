import { describe, expect, it } from 'vitest';
import { patternIncluded } from '../../../src/engine/regex/pattern-inclusion.ts';
import { bruteCounterexample } from '../../support/regex-brute-force.ts';

type Want = 'included' | 'not-included' | 'undecidable';

/** [old, new, whether every value old accepts is accepted by new]. */
const table: Array<[string, string, Want]> = [
  ['^abc$', '^abc$', 'included'],
  ['^a+$', '^a*$', 'included'],
  ['^a*$', '^a+$', 'not-included'],
  ['^a$', '^b$', 'not-included'],
  ['^ab$', 'ab', 'included'],
  ['ab', '^ab$', 'not-included'],
  ['ab', 'a', 'included'],
  ['a', 'ab', 'not-included'],
  ['^a', 'a', 'included'],
  ['a$', '^a$', 'not-included'],
  ['^a|b$', '^a', 'not-included'],
  ['^[a-c]+$', '^[a-z]+$', 'included'],
  ['^[a-z]+$', '^[a-c]+$', 'not-included'],
  ['^[^0-9]+$', '^\\D+$', 'included'],
  ['^\\D+$', '^[^0-9]+$', 'included'],
  ['^\\d+$', '^[0-9]+$', 'included'],
  ['^\\w+$', '^[a-zA-Z0-9_]+$', 'included'],
  ['^\\w+$', '^[a-z]+$', 'not-included'],
  ['^[\\w-]+$', '^[a-zA-Z0-9_-]+$', 'included'],
  ['^\\s$', '^[ \\t\\n\\r\\v\\f]$', 'not-included'],
  ['^.$', '^[^\\n]$', 'included'],
  ['^[^\\n]$', '^.$', 'not-included'],
  ['^a\\.b$', '^a.b$', 'included'],
  ['^a.b$', '^a\\.b$', 'not-included'],
  ['^a{2,3}$', '^a{1,4}$', 'included'],
  ['^a{1,4}$', '^a{2,3}$', 'not-included'],
  ['^a{2,}$', '^a+$', 'included'],
  ['^a+$', '^a{2,}$', 'not-included'],
  ['^a{0}$', '^$', 'included'],
  ['^a+?$', '^a+$', 'included'],
  ['^(a|b)$', '^[ab]$', 'included'],
  ['^(ab|cd)$', '^(ab|c)$', 'not-included'],
  ['^(?:ab)+$', '^(a|b)*$', 'included'],
  ['^(?<pair>ab)$', 'ab', 'included'],
  ['^\\x41\\u0042\\u{43}$', '^ABC$', 'included'],
  ['^$', '^a*$', 'included'],
  ['^[]$', '^a$', 'included'],
  ['x|^$', '', 'included'],
  ['', '.*', 'included'],
  ['.*', '', 'included'],
  ['^[a-z]+$', '', 'included'],
  ['', '^[a-z]+$', 'not-included'],
  ['^[a-z]+$', '^.*$', 'included'],
  ['a', '^.*$', 'not-included'],
  ['^([0-9]+(ms|s|m|h|d|w)){1,7}$', '^([0-9]+(ms|s|m|h|d|w)){1,8}$', 'included'],
  ['^([0-9]+(ms|s|m|h|d|w)){1,8}$', '^([0-9]+(ms|s|m|h|d|w)){1,7}$', 'not-included'],
  // Outside the regular subset: a short counterexample still proves non-inclusion.
  ['^[a-z]+$', '^(?=x)[a-z]+$', 'not-included'],
  ['^\\p{L}+$', '^[a-z]+$', 'not-included'],
  ['^(?=.*\\d)[a-z0-9]{8,}$', '^[a-z0-9]{8,}$', 'undecidable'],
  ['^(a)\\1$', '^aa$', 'undecidable'],
  ['^\\bfoo$', 'foo', 'undecidable'],
  ['^[\\w-.]+$', '^[a-z]+$', 'undecidable'],
];

const BASE = ['a', 'b', '0', '-', '\n'];

/** The base alphabet and the letters and digits the patterns write. */
function alphabetOf(...patterns: string[]): string[] {
  const written =
    patterns
      .join('')
      .replace(/\\./g, '')
      .match(/[A-Za-z0-9 ._]/g) ?? [];
  return [...new Set([...BASE, ...written])].slice(0, 12);
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

describe('patternIncluded', () => {
  it.each(table.map(([old, next, want]) => ({ old, next, want })))('$old ⊆ $next: $want', ({ old, next, want }) => {
    const answer = patternIncluded(old, next);
    expect(answer.verdict).toBe(want);
    if (answer.verdict === 'not-included') {
      expect(new RegExp(old, 'u').test(answer.witness)).toBe(true);
      expect(new RegExp(next, 'u').test(answer.witness)).toBe(false);
    }
    if (!compiles(old) || !compiles(next)) return;
    const brute = bruteCounterexample(old, next, alphabetOf(old, next), old.length + next.length > 40 ? 3 : 4);
    if (brute !== undefined) expect(answer.verdict).toBe('not-included');
    if (answer.verdict === 'included') expect(brute).toBeUndefined();
  });

  it('has at least 30 first-principles pairs', () => {
    expect(table.length).toBeGreaterThanOrEqual(30);
  });

  it('gives the shortest counterexample it can find', () => {
    expect(patternIncluded('^[a-z]+$', '^[a-c]+$')).toEqual({ verdict: 'not-included', witness: 'd' });
    expect(patternIncluded('', '^[a-z]+$')).toEqual({ verdict: 'not-included', witness: '' });
  });

  it('names why a pair is undecidable', () => {
    expect(patternIncluded('^(?=.*\\d)[a-z0-9]{8,}$', '^[a-z0-9]{8,}$')).toEqual({
      verdict: 'undecidable',
      reason: 'lookarounds and group modifiers are not decided',
    });
  });

  it('calls automata past their bound undecidable instead of building them', () => {
    const started = performance.now();
    expect(patternIncluded('^a{1,100000}$', '^a+$').verdict).toBe('undecidable');
    expect(patternIncluded('^(a|b)*a(a|b){15}$', '^(a|b)*b(a|b){15}$').verdict).toBe('undecidable');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('caches the answer per pair', () => {
    expect(patternIncluded('^x+$', '^x*$')).toBe(patternIncluded('^x+$', '^x*$'));
  });
});
