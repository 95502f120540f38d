import { describe, expect, it } from 'vitest';
import { declared, itemTypeOf, typeOf } from '../../src/_internals/schema-type.ts';
import type { ParameterType } from '../../src/operation-spec.ts';
import type { SchemaLike } from '../../src/to-operation-spec.ts';

describe('typeOf', () => {
  const TABLE: Array<{ schema: object | undefined; want: ParameterType }> = [
    { schema: { type: 'string' }, want: 'string' },
    { schema: {}, want: 'any' },
    { schema: undefined, want: 'any' },
    { schema: { type: 'null' }, want: 'any' },
    // 3.1's type: [integer, string] is an anyOf with one branch per type: a value of either goes
    { schema: { anyOf: [{ type: 'integer' }, { type: 'string' }] }, want: 'any' },
    {
      schema: {
        oneOf: [
          { type: 'string', enum: ['a'] },
          { type: 'string', format: 'uuid' },
        ],
      },
      want: 'string',
    },
    { schema: { anyOf: [{ type: 'integer' }, { type: 'number' }] }, want: 'number' },
    { schema: { anyOf: [{ type: 'integer' }, {}] }, want: 'any' },
    // a branch that allows only null (3.1's { type: "null" }) adds no type
    { schema: { anyOf: [{ type: 'string' }, { nullable: true, enum: [null] }] }, want: 'string' },
    // allOf: every branch holds, so the first that declares a type says it
    { schema: { allOf: [{ description: 'x' }, { type: 'boolean' }] }, want: 'boolean' },
    // an enum without type (3.1's const): the type its values share
    { schema: { enum: ['a'] }, want: 'string' },
    { schema: { enum: [3] }, want: 'integer' },
    { schema: { enum: [1, 2.5] }, want: 'number' },
    { schema: { enum: [true] }, want: 'boolean' },
    { schema: { enum: ['a', null] }, want: 'string' },
    { schema: { enum: [null] }, want: 'any' },
    { schema: { enum: ['a', 1] }, want: 'any' },
    { schema: { enum: [{ a: 1 }] }, want: 'any' },
    // a declared type beats what the enum would say
    { schema: { type: 'number', enum: [3] }, want: 'number' },
  ];
  it.each(TABLE)('$schema → $want', ({ schema, want }) => {
    expect(typeOf(schema as SchemaLike | undefined)).toBe(want);
  });
});

describe('itemTypeOf', () => {
  const never = { not: {} };
  const TABLE: Array<{ schema: object; want: ParameterType }> = [
    { schema: { type: 'array', items: { type: 'integer' } }, want: 'integer' },
    { schema: { type: 'array' }, want: 'any' },
    {
      schema: { type: 'array', prefixItems: [{ type: 'integer' }, { type: 'integer' }], items: never },
      want: 'integer',
    },
    { schema: { type: 'array', prefixItems: [{ type: 'integer' }] }, want: 'integer' },
    {
      schema: { type: 'array', prefixItems: [{ type: 'integer' }], items: { type: 'integer' } },
      want: 'integer',
    },
    { schema: { type: 'array', prefixItems: [{ type: 'integer' }], items: { type: 'string' } }, want: 'any' },
    { schema: { type: 'array', prefixItems: [{ type: 'integer' }, { type: 'string' }], items: never }, want: 'any' },
    { schema: { allOf: [{ type: 'array', items: { type: 'boolean' } }] }, want: 'boolean' },
  ];
  it.each(TABLE)('$schema → $want', ({ schema, want }) => {
    expect(itemTypeOf(schema as SchemaLike)).toBe(want);
  });
});

describe('declared', () => {
  const TABLE: Array<{ schema: object; want: unknown }> = [
    { schema: { enum: ['a'] }, want: ['a'] },
    // a $ref with siblings, as loadSpec writes it: allOf: [target] beside them
    { schema: { allOf: [{ enum: ['a'] }] }, want: ['a'] },
    { schema: { allOf: [{ type: 'string' }, { allOf: [{ enum: ['b'] }] }] }, want: ['b'] },
    { schema: { enum: ['own'], allOf: [{ enum: ['branch'] }] }, want: ['own'] },
    { schema: { allOf: [{ type: 'string' }] }, want: undefined },
  ];
  it.each(TABLE)('$schema → $want', ({ schema, want }) => {
    expect(declared(schema as SchemaLike, 'enum')).toEqual(want);
  });
});
