import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patternIncluded } from '../../../src/engine/regex/pattern-inclusion.ts';
import { bruteCounterexample } from '../../support/regex-brute-force.ts';

const ALPHABET = ['a', 'b', '0', '_', ' ', '\n'];

/** Patterns of the decided subset, over characters of {@link ALPHABET}. */
const pattern: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(
      'a',
      'b',
      '0',
      '.',
      '[ab]',
      '[^a]',
      '[a-b0]',
      '\\d',
      '\\D',
      '\\w',
      '\\W',
      '\\s',
      '\\S',
      '\\n',
      '^',
      '$',
    ),
    fc.tuple(tie('node'), tie('node')).map(([left, right]) => `${left}${right}`),
    fc.tuple(tie('node'), tie('node')).map(([left, right]) => `(?:${left}|${right})`),
    tie('node').map((inner) => `(${inner})`),
    fc
      .tuple(tie('node'), fc.constantFrom('*', '+', '?', '{2}', '{1,}', '{0,2}', '{1,3}'), fc.constantFrom('', '?'))
      // A quantifier may not follow an assertion.
      .map(([inner, quantifier, lazy]) => `(?:${inner})${quantifier}${lazy}`),
  ),
})).node;

const anchored = fc
  .tuple(fc.boolean(), pattern, fc.boolean())
  .map(([start, body, end]) => `${start ? '^' : ''}${body}${end ? '$' : ''}`);

describe('patternIncluded against brute force', () => {
  it('says "not included" wherever some short string tells the patterns apart, with a real counterexample', () => {
    fc.assert(
      fc.property(anchored, anchored, (sub, sup) => {
        const answer = patternIncluded(sub, sup);
        expect(answer.verdict).not.toBe('undecidable');
        const brute = bruteCounterexample(sub, sup, ALPHABET);
        if (brute !== undefined) expect(answer.verdict).toBe('not-included');
        if (answer.verdict === 'not-included') {
          expect(new RegExp(sub, 'u').test(answer.witness)).toBe(true);
          expect(new RegExp(sup, 'u').test(answer.witness)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('says "included" for a pattern and any alternation or extension of it', () => {
    fc.assert(
      fc.property(anchored, anchored, (sub, other) => {
        for (const [narrow, wide] of [
          [sub, `${sub}|${other}`],
          [`(?:${sub})(?:${other})`, sub],
        ] as const) {
          expect(patternIncluded(narrow, wide).verdict).toBe('included');
          expect(bruteCounterexample(narrow, wide, ALPHABET, 3)).toBeUndefined();
        }
      }),
      { numRuns: 200 },
    );
  });
});
