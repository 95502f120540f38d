import fc from 'fast-check';
import type { SchemaObject } from '@circleci-kit/spec-loader';
import { describe, expect, it } from 'vitest';
import { diffSpecs, type Level } from '../../src/index.ts';
import { requestPair, responsePair, obj } from '../support/build-spec.ts';

const keywords = ['maxLength', 'minLength', 'maximum', 'minimum', 'maxItems', 'minItems'] as const;
type Keyword = (typeof keywords)[number];

function schemaWith(keyword: Keyword, value: number | undefined): SchemaObject {
  const base: SchemaObject = keyword.endsWith('Items')
    ? { type: 'array', items: { type: 'string' } }
    : keyword.endsWith('Length')
      ? { type: 'string' }
      : { type: 'integer' };
  return value === undefined ? base : { ...base, [keyword]: value };
}

/** Whether `next` allows fewer values than `old` for this bound. */
function narrows(keyword: Keyword, old: number | undefined, next: number | undefined): boolean {
  const isMax = keyword.startsWith('max');
  const o = old ?? (isMax ? Infinity : -Infinity);
  const n = next ?? (isMax ? Infinity : -Infinity);
  return isMax ? n < o : n > o;
}

const worst = (levels: Level[]): Level | 'none' =>
  levels.includes('error') ? 'error' : levels.includes('warn') ? 'warn' : levels.includes('info') ? 'info' : 'none';

const bound = fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined });

describe('direction-aware comparison (fixed seed)', () => {
  it('swapping old and new turns request-side narrowing (error) into widening (info)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keywords), bound, bound, (keyword, a, b) => {
        fc.pre(a !== b);
        const pair = requestPair(obj({ v: schemaWith(keyword, a) }), obj({ v: schemaWith(keyword, b) }));
        const forward = worst(diffSpecs(pair[0], pair[1]).map((c) => c.level));
        const backward = worst(diffSpecs(pair[1], pair[0]).map((c) => c.level));
        const narrowing = narrows(keyword, a, b);
        expect(forward).toBe(narrowing ? 'error' : 'info');
        expect(backward).toBe(narrowing ? 'info' : 'error');
      }),
      { seed: 20191209, numRuns: 300 },
    );
  });

  it('on the response side widening is the risky direction (warn) and narrowing is harmless (info)', () => {
    fc.assert(
      fc.property(fc.constantFrom('maxLength', 'maximum', 'maxItems', 'minimum'), bound, bound, (keyword, a, b) => {
        fc.pre(a !== b);
        const pair = responsePair(obj({ v: schemaWith(keyword, a) }), obj({ v: schemaWith(keyword, b) }));
        const levels = diffSpecs(pair[0], pair[1]).map((c) => c.level);
        expect(worst(levels)).toBe(narrows(keyword, a, b) ? 'info' : 'warn');
      }),
      { seed: 20191209, numRuns: 200 },
    );
  });

  it('enum values: removal breaks a request and addition warns on a response, and swapping flips both', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1 }),
        fc.constantFrom('e', 'f'),
        (values, extra) => {
          const small: SchemaObject = { type: 'string', enum: values };
          const large: SchemaObject = { type: 'string', enum: [...values, extra] };
          const request = requestPair(obj({ v: large }), obj({ v: small }));
          expect(diffSpecs(...request).map((c) => c.id)).toEqual(['request-enum-value-removed']);
          expect(diffSpecs(request[1], request[0]).map((c) => c.id)).toEqual(['request-enum-value-added']);
          const response = responsePair(obj({ v: small }), obj({ v: large }));
          expect(diffSpecs(...response).map((c) => [c.id, c.level])).toEqual([['response-enum-value-added', 'warn']]);
          expect(diffSpecs(response[1], response[0]).map((c) => [c.id, c.level])).toEqual([
            ['response-enum-value-removed', 'info'],
          ]);
        },
      ),
      { seed: 20191209, numRuns: 100 },
    );
  });
});
