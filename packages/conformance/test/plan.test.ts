import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECK_IDS,
  ConformanceError,
  DEFAULT_CHECKS,
  parseShard,
  planConformance,
  shardFromEnv,
  type CheckId,
} from '../src/index.ts';

describe('parseShard', () => {
  it.each([
    { given: '1/1', want: { index: 1, total: 1 } },
    { given: '2/4', want: { index: 2, total: 4 } },
    { given: ' 3 / 3 ', want: { index: 3, total: 3 } },
  ])('reads $given', ({ given, want }) => expect(parseShard(given)).toEqual(want));

  it.each([
    { given: '0/3', want: /between 1 and 3/ },
    { given: '4/3', want: /between 1 and 3/ },
    { given: '1/0', want: /at least 1/ },
    { given: 'two/3', want: /expected i\/n/ },
    { given: '', want: /expected i\/n/ },
  ])('refuses $given with BAD_SHARD', ({ given, want }) => {
    const error = (() => {
      try {
        parseShard(given);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConformanceError);
    expect((error as ConformanceError).code).toBe('BAD_SHARD');
    expect((error as Error).message).toMatch(want);
  });
});

describe('shardFromEnv', () => {
  it.each([
    { given: { CIRCLE_NODE_INDEX: '0', CIRCLE_NODE_TOTAL: '4' }, want: { index: 1, total: 4 } },
    { given: { CIRCLE_NODE_INDEX: '3', CIRCLE_NODE_TOTAL: '4' }, want: { index: 4, total: 4 } },
    { given: { CIRCLE_NODE_TOTAL: '4' }, want: undefined },
    { given: {}, want: undefined },
  ])('reads CircleCI parallelism $given', ({ given, want }) => expect(shardFromEnv(given)).toEqual(want));
});

describe('planConformance', () => {
  it('groups the checks of a phase into one unit per operation, operations sorted', () => {
    expect(
      planConformance({ operationIds: ['b', 'a'], checks: ['auth-enforced', 'response-schema', 'not-a-server-error'] }),
    ).toEqual([
      { operationId: 'a', phase: 'valid', checks: ['not-a-server-error', 'response-schema'] },
      { operationId: 'a', phase: 'auth', checks: ['auth-enforced'] },
      { operationId: 'b', phase: 'valid', checks: ['not-a-server-error', 'response-schema'] },
      { operationId: 'b', phase: 'auth', checks: ['auth-enforced'] },
    ]);
  });

  it('leaves response-time out unless asked for', () => {
    expect(DEFAULT_CHECKS).not.toContain('response-time');
    expect(DEFAULT_CHECKS).toHaveLength(CHECK_IDS.length - 1);
  });

  it('splits the work so that the n shards are disjoint, balanced, and their union is the whole plan', () => {
    const operation = fc.stringMatching(/^[a-zA-Z]{1,12}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(operation, { minLength: 1, maxLength: 40 }),
        fc.subarray([...CHECK_IDS] as CheckId[], { minLength: 1 }),
        fc.integer({ min: 1, max: 8 }),
        (operationIds, checks, total) => {
          const whole = planConformance({ operationIds, checks });
          const shards = Array.from({ length: total }, (_, i) =>
            planConformance({ operationIds, checks, shard: { index: i + 1, total } }),
          );
          const union = shards.flat().map((unit) => JSON.stringify(unit));
          expect(new Set(union).size).toBe(union.length);
          expect(union.sort()).toEqual(whole.map((unit) => JSON.stringify(unit)).sort());
          const sizes = shards.map((shard) => shard.length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
});
