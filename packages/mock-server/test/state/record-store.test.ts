import { RecordStore } from '@circleci-kit/mock-server';
import { describe, expect, it } from 'vitest';

interface Hook {
  id: string;
  scope: string;
}

function store() {
  const calls: string[] = [];
  const hooks = new RecordStore<Hook>((h) => [h.scope], {
    added: (id) => calls.push(`added ${id}`),
    deleted: (id) => calls.push(`deleted ${id}`),
  });
  return { hooks, calls };
}

const ids = (records: readonly Hook[]): string[] => records.map((r) => r.id);

describe('RecordStore', () => {
  it('reads like a map in creation order and lists each group in creation order', () => {
    const { hooks } = store();
    for (const [id, scope] of [
      ['a', 's1'],
      ['b', 's2'],
      ['c', 's1'],
    ]) {
      hooks.add({ id: id!, scope: scope! });
    }
    expect([...hooks.keys()]).toEqual(['a', 'b', 'c']);
    expect([hooks.size, hooks.has('b'), hooks.get('c')?.scope]).toEqual([3, true, 's1']);
    expect(ids(hooks.group('s1'))).toEqual(['a', 'c']);
    expect([hooks.group('none'), hooks.groupSize('s1')]).toEqual([[], 2]);
  });

  it('puts a regrouped record at its creation place in the group it joins', () => {
    const { hooks } = store();
    for (const id of ['a', 'b', 'c', 'd']) hooks.add({ id, scope: id === 'c' ? 's1' : 's2' });
    const c = hooks.get('c')!;
    hooks.regroup(c, () => (c.scope = 's2'));
    expect(ids(hooks.group('s2'))).toEqual(['a', 'b', 'c', 'd']);
    expect(hooks.group('s1')).toEqual([]);
    const a = hooks.get('a')!;
    hooks.regroup(a, () => (a.scope = 's1'));
    expect(ids(hooks.group('s1'))).toEqual(['a']);
    expect(ids(hooks.group('s2'))).toEqual(['b', 'c', 'd']);
  });

  it('tells its owner of adds and request deletes, not of evictions, and leaves groups on both', () => {
    const { hooks, calls } = store();
    hooks.add({ id: 'a', scope: 's' });
    hooks.add({ id: 'b', scope: 's' });
    expect(hooks.delete('a')).toBe(true);
    expect(hooks.delete('a')).toBe(false);
    hooks.evict('b');
    expect(calls).toEqual(['added a', 'added b', 'deleted a']);
    expect([hooks.size, hooks.group('s')]).toEqual([0, []]);
  });
});
