import type { SchemaObject } from '@circleci-kit/spec-loader';
import { describe, expect, it } from 'vitest';
import { likeness, matchBranches } from '../../src/engine/branches.ts';
import { registerComponentNames } from '../../src/engine/component-names.ts';
import { spec } from '../support/build-spec.ts';

const s: SchemaObject = { type: 'string' };
const int: SchemaObject = { type: 'integer' };
const num: SchemaObject = { type: 'number' };
const obj = (...names: string[]): SchemaObject => ({
  type: 'object',
  properties: Object.fromEntries(names.map((name) => [name, s])),
});

describe('matchBranches', () => {
  it('pairs branches written alike wherever they stand', () => {
    expect(matchBranches([s, int], [int, s])).toEqual({
      pairs: [
        [1, 0],
        [0, 1],
      ],
      removed: [],
      added: [],
    });
  });

  it('pairs by component name before structure', () => {
    const Cat = obj('lives', 'name');
    const Dog = obj('bark', 'name');
    const loaded = spec();
    loaded.document['components'] = { schemas: { Cat, Dog } };
    registerComponentNames(loaded);
    // The new Dog looks more like the old Cat than the old Dog, but keeps its name.
    const NewDog = obj('lives', 'name', 'bark');
    loaded.document['components'] = { schemas: { Cat, Dog } };
    const next = spec();
    next.document['components'] = { schemas: { Dog: NewDog } };
    registerComponentNames(next);
    expect(matchBranches([Cat, Dog], [NewDog])).toEqual({ pairs: [[1, 0]], removed: [0], added: [] });
  });

  it('pairs by title, then by discriminator value', () => {
    expect(matchBranches([{ ...obj('a'), title: 'A' }], [{ ...obj('z'), title: 'A' }]).pairs).toEqual([[0, 0]]);
    const kind = (value: string, ...names: string[]): SchemaObject => ({
      type: 'object',
      properties: { kind: { type: 'string', enum: [value] }, ...obj(...names).properties },
    });
    const match = matchBranches([kind('cat', 'x'), kind('dog', 'y')], [kind('dog', 'z'), kind('cat', 'w')], {
      old: { propertyName: 'kind' },
      new: { propertyName: 'kind' },
    });
    expect(match.pairs).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('pairs by likeness only when alike enough, most alike first', () => {
    expect(matchBranches([num, s], [int]).pairs).toEqual([[0, 0]]);
    expect(matchBranches([obj('a', 'b')], [obj('c', 'd')])).toEqual({ pairs: [], removed: [0], added: [0] });
    expect(matchBranches([obj('a', 'b'), obj('a')], [obj('a', 'b', 'c')]).pairs).toEqual([[0, 0]]);
  });
});

describe('likeness', () => {
  it.each([
    { a: s, b: s, at: 0.9 },
    { a: int, b: num, at: 0.6 },
    { a: s, b: int, at: 0 },
    { a: obj('a', 'b'), b: obj('a', 'b'), at: 1 },
    { a: obj('a'), b: obj('b'), at: 0 },
  ])('$a.type ~ $b.type ≥ $at', ({ a, b, at }) => {
    expect(likeness(a, b)).toBeGreaterThanOrEqual(at);
    expect(likeness(a, b)).toBe(likeness(b, a));
  });
});
