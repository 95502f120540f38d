import { describe, expect, it } from 'vitest';
import { matchBody, type BodyMismatch } from '@circleci-kit/pact';
import type { PactRuleList } from '../src/pact-types.ts';

const type: PactRuleList = { matchers: [{ match: 'type' }] };
const typeMin1: PactRuleList = { matchers: [{ match: 'type', min: 1 }] };
const equality: PactRuleList = { matchers: [{ match: 'equality' }] };
const digits: PactRuleList = { matchers: [{ match: 'regex', regex: '^\\d+$' }] };

/**
 * Which rule governs each value, by Pact's weighting: an exact segment
 * outweighs a wildcard, the most specific path wins, and a parent's rule
 * cascades to the values below it. Each row names the pointers that must
 * fail, worked out by hand from those three rules.
 */
const rows: Array<{
  name: string;
  expected: unknown;
  actual: unknown;
  rules: Record<string, PactRuleList>;
  fails: string[];
}> = [
  {
    name: 'no rule: values must be equal',
    expected: { id: 'a', n: 1 },
    actual: { id: 'b', n: 1 },
    rules: {},
    fails: ['/id'],
  },
  {
    name: 'a root type rule cascades to every value below it',
    expected: { id: 'a', items: [{ n: 1 }] },
    actual: { id: 'b', items: [{ n: 2 }] },
    rules: { $: type },
    fails: [],
  },
  {
    name: 'a deeper rule outweighs the cascading one',
    expected: { id: 'a', items: [{ n: '1' }] },
    actual: { id: 'b', items: [{ n: 'x' }] },
    rules: { $: type, '$.items[*].n': digits },
    fails: ['/items/0/n'],
  },
  {
    name: 'an exact index outweighs a wildcard at the same depth',
    expected: { items: [{ n: '1' }, { n: '1' }] },
    actual: { items: [{ n: '1' }, { n: 'x' }] },
    rules: { '$.items': typeMin1, '$.items[*].n': type, '$.items[1].n': digits },
    fails: ['/items/1/n'],
  },
  {
    name: 'a wildcard rule reaches only the branch it names',
    expected: { a: [{ n: '1' }], b: [{ n: '1' }] },
    actual: { a: [{ n: 'x' }], b: [{ n: 'y' }] },
    rules: { '$.a': typeMin1, '$.a[*].n': type },
    fails: ['/b/0/n'],
  },
  {
    name: 'type with min matches every item against the first expected one',
    expected: { items: [{ id: 'a' }] },
    actual: { items: [{ id: 'b' }, { id: 2 }, { id: 'c' }] },
    rules: { '$.items': typeMin1 },
    fails: ['/items/1/id'],
  },
  {
    name: 'an equality rule under a cascading type rule',
    expected: { kind: 'pipeline', items: [{ state: 'created' }] },
    actual: { kind: 'job', items: [{ state: 'errored' }] },
    rules: { $: type, '$.items[*].state': equality },
    fails: ['/items/0/state'],
  },
  {
    name: 'a key the pact expects must be there',
    expected: { id: 'a', name: 'n' },
    actual: { id: 'a' },
    rules: { $: type },
    fails: ['/name'],
  },
  {
    name: 'a rule on a path the bodies never reach changes nothing',
    expected: { id: 'a' },
    actual: { id: 'b' },
    rules: { '$.other[*].id': type, '$.id.deeper': type },
    fails: ['/id'],
  },
  {
    name: 'a rule with no matcher list (a pact read unchecked) is left out',
    expected: { id: 'a' },
    actual: { id: 'b' },
    rules: { '$.id': null as unknown as PactRuleList },
    fails: ['/id'],
  },
  {
    name: 'quoted keys and numeric segments are matched as the path says',
    expected: { 'odd-key': { '0': 'x' } },
    actual: { 'odd-key': { '0': 'y' } },
    rules: { "$['odd-key']['0']": type },
    fails: [],
  },
];

describe('matchBody: the rule that governs each value', () => {
  it.each(rows)('$name', ({ expected, actual, rules, fails }) => {
    const mismatches: BodyMismatch[] = matchBody(expected, actual, rules);
    expect(mismatches.map((m) => m.pointer)).toEqual(fails);
  });

  it('gives the same mismatches for the same body, however many times it is asked (the walk keeps no state)', () => {
    const rules = { '$.items': typeMin1, '$.items[*].n': digits };
    const expected = { items: [{ n: '1' }] };
    const actual = { items: [{ n: 'x' }, { n: '2' }, { n: 'y' }] };
    const first = matchBody(expected, actual, rules);
    expect(first.map((m) => m.pointer)).toEqual(['/items/0/n', '/items/2/n']);
    expect(matchBody(expected, actual, rules)).toEqual(first);
  });
});
