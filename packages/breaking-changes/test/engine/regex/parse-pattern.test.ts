import { describe, expect, it } from 'vitest';
import { parsePattern } from '../../../src/engine/regex/parse-pattern.ts';
import { UnsupportedPattern } from '../../../src/engine/regex/pattern-ast.ts';
import { patternIncluded } from '../../../src/engine/regex/pattern-inclusion.ts';

const same = (left: string, right: string) =>
  patternIncluded(left, right).verdict === 'included' && patternIncluded(right, left).verdict === 'included';

describe('parsePattern', () => {
  it.each([
    ['^(a)\\1$', 'back-references are not decided'],
    ['^(?<x>a)\\k<x>$', 'back-references are not decided'],
    ['^(?=a)', 'lookarounds and group modifiers are not decided'],
    ['^(?!a)', 'lookarounds and group modifiers are not decided'],
    ['(?<=a)b', 'lookarounds and group modifiers are not decided'],
    ['(?<!a)b', 'lookarounds and group modifiers are not decided'],
    ['\\bword\\b', 'word boundaries are not decided'],
    ['\\Bx', 'word boundaries are not decided'],
    ['^\\p{Lu}$', 'unicode property escapes are not decided'],
    ['[\\P{L}]', 'unicode property escapes are not decided'],
    ['^[\\w-.]+$', 'not a valid pattern with the u flag'],
    ['a{', 'not a valid pattern with the u flag'],
    ['\\-', 'not a valid pattern with the u flag'],
  ])('refuses %s: %s', (source, reason) => {
    expect(() => parsePattern(source)).toThrow(new UnsupportedPattern(reason));
  });

  it.each([
    ['\\x41', 'A'],
    ['\\u0041', 'A'],
    ['\\u{1F600}', '😀'],
    ['\\uD83D\\uDE00', '😀'],
    ['[\\uD83D\\uDE00]', '😀'],
    ['\\cJ', '\\n'],
    ['\\t\\v\\f\\r\\0', '[\\t][\\v][\\f][\\r][\\0]'],
    ['[\\b]', '\\x08'],
    ['[\\-a]', '[a-]'],
    ['\\/\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\^\\$\\\\', '/[.][*][+][?][(][)][[][\\]][{][}][|][\\^][$][\\\\]'],
    ['[^\\D]', '\\d'],
    ['[\\s\\S]', '[^]'],
    ['a{2}', 'aa'],
    ['(?:a|b){1,2}?', '[ab][ab]?'],
    ['😀+', '😀😀*'],
  ])('reads %s as %s', (left, right) => {
    expect(same(`^${left}$`, `^${right}$`)).toBe(true);
  });

  it('tells the escapes of a class apart', () => {
    expect(same('^[\\d]$', '^[0-9]$')).toBe(true);
    expect(same('^[\\w]$', '^[\\d]$')).toBe(false);
  });
});
