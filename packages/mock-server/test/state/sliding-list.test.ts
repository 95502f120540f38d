import { SlidingList } from '@circleci-kit/mock-server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('SlidingList', () => {
  it('keeps positions of held items after the oldest are dropped', () => {
    const list = new SlidingList<string>();
    for (const item of ['a', 'b', 'c', 'd']) list.push(item);
    expect(list.shift()).toBe('a');
    expect(list.shift()).toBe('b');
    expect([list.first, list.length, list.size]).toEqual([2, 4, 2]);
    expect([-1, 0, 1, 2, 3, 4, 1.5, Number.NaN].map((p) => list.at(p))).toEqual([
      undefined,
      undefined,
      undefined,
      'c',
      'd',
      undefined,
      undefined,
      undefined,
    ]);
    expect([...list]).toEqual(['c', 'd']);
    list.push('e');
    expect(list.at(4)).toBe('e');
  });

  it('gives undefined when empty and restarts positions on clear', () => {
    const list = new SlidingList<number>();
    expect(list.shift()).toBeUndefined();
    list.push(1);
    list.clear();
    expect([list.first, list.length, list.size, [...list]]).toEqual([0, 0, 0, []]);
  });

  it('matches an array model over random pushes and drops, across compactions', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(3000), { maxLength: 12 }), (steps) => {
        const list = new SlidingList<number>();
        const model: Array<number | undefined> = [];
        let first = 0;
        steps.forEach((count, step) => {
          // Even steps push `count` items, odd ones drop up to `count`.
          if (step % 2 === 0) for (let i = 0; i < count; i++) list.push(model.push(model.length) - 1);
          else {
            const dropped: Array<number | undefined> = [];
            const expected = model.slice(first, first + count);
            for (const _ of expected) dropped.push(list.shift());
            expect(dropped).toEqual(expected);
            model.fill(undefined, first, (first += expected.length));
          }
        });
        expect([list.first, list.length, list.size]).toEqual([first, model.length, model.length - first]);
        for (const position of [0, first - 1, first, model.length - 1, model.length]) {
          expect(list.at(position)).toBe(model[position]);
        }
        expect([...list]).toEqual(model.slice(first));
      }),
      { seed: 3, numRuns: 200 },
    );
  });
});
