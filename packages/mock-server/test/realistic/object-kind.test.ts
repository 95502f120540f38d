import { describe, expect, it } from 'vitest';
import { objectKind } from '../../src/realistic/object-kind.ts';

describe('objectKind', () => {
  it.each([
    { title: 'User', parent: '', keys: ['id', 'login'], want: 'person' },
    { title: 'Job Details', parent: '', keys: ['name'], want: 'job' },
    { title: undefined, parent: 'actor', keys: ['login'], want: 'person' },
    { title: undefined, parent: 'items', keys: ['name', 'value', 'created_at'], want: 'env-var' },
    { title: undefined, parent: 'items', keys: ['message', 'classname', 'name'], want: 'test' },
    { title: undefined, parent: '', keys: ['id', 'name', 'slug', 'vcs_type'], want: 'organization' },
    { title: undefined, parent: 'items', keys: ['id', 'name', 'description'], want: 'group' },
    { title: undefined, parent: '', keys: ['a'], want: 'other' },
  ])('objectKind($title, $parent, $keys) → $want', ({ title, parent, keys, want }) =>
    expect(objectKind(title, parent, new Set(keys))).toBe(want),
  );
});
