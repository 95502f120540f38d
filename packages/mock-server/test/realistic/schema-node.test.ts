import { describe, expect, it } from 'vitest';
import { isSatisfiable, resolveSchema, unionOf } from '../../src/realistic/schema-node.ts';

describe('schema nodes', () => {
  it('merges allOf, marks conflicting branches unsatisfiable, merges union branches with their parent', () => {
    expect(
      resolveSchema({
        allOf: [
          { type: 'integer', minimum: 1 },
          { type: 'number', maximum: 5 },
        ],
      }),
    ).toMatchObject({ type: 'integer', minimum: 1, maximum: 5 });
    expect(isSatisfiable({ allOf: [{ type: 'string' }, { type: 'integer' }] })).toBe(false);
    expect(isSatisfiable({ type: 'object', required: ['a'], additionalProperties: false })).toBe(false);
    const union = unionOf({
      additionalProperties: false,
      properties: { a: {}, b: {} },
      anyOf: [
        { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } }, required: ['a'] },
        { type: 'object', additionalProperties: false, properties: { b: { type: 'integer' } }, required: ['b'] },
      ],
    });
    expect(union?.branches.map((branch) => Object.keys(branch.properties ?? {}))).toEqual([['a'], ['b']]);
    expect(union?.branches.every((branch) => isSatisfiable(branch))).toBe(true);
  });
});
