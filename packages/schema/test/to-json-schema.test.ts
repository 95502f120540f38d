import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '../src/index.ts';
import type { Direction, SchemaObject } from '../src/index.ts';

const conversions: Array<{ given: SchemaObject; direction?: Direction; want: unknown }> = [
  { given: { type: 'string', nullable: true }, want: { type: ['string', 'null'] } },
  { given: { type: 'string', 'x-nullable': true }, want: { type: ['string', 'null'] } },
  {
    given: { type: 'string', enum: ['a', 'b'], nullable: true },
    want: { type: ['string', 'null'], enum: ['a', 'b', null] },
  },
  {
    given: { allOf: [{ type: 'string' }], nullable: true },
    want: { anyOf: [{ allOf: [{ type: 'string' }] }, { type: 'null' }] },
  },
  { given: { type: 'integer', format: 'int64' }, want: { type: 'integer', format: 'int64' } },
  { given: { type: 'integer', format: 'integer' }, want: { type: 'integer' } },
  { given: { type: 'string', format: 'date-time', example: 'x' }, want: { type: 'string', format: 'date-time' } },
  { given: { type: 'number', minimum: 0, exclusiveMinimum: true }, want: { type: 'number', exclusiveMinimum: 0 } },
  { given: { type: 'number', maximum: 9, exclusiveMaximum: false }, want: { type: 'number', maximum: 9 } },
  {
    given: {
      type: 'object',
      required: ['id', 'secret'],
      properties: { id: { type: 'string', readOnly: true }, secret: { type: 'string', writeOnly: true } },
    },
    direction: 'request',
    want: { type: 'object', required: ['secret'], properties: { secret: { type: 'string' } } },
  },
  {
    given: {
      type: 'object',
      required: ['id', 'secret'],
      properties: { id: { type: 'string', readOnly: true }, secret: { type: 'string', writeOnly: true } },
    },
    direction: 'response',
    want: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
  },
  {
    given: {
      type: 'object',
      required: ['id', 'name'],
      properties: { id: { allOf: [{ type: 'string' }, { readOnly: true }] }, name: { type: 'string' } },
    },
    direction: 'request',
    want: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
  },
  {
    given: {
      oneOf: [{ type: 'object', properties: { kind: { type: 'string', enum: ['a'] } } }],
      discriminator: { propertyName: 'kind' },
      description: 'd',
      'x-go-name': 'K',
    },
    want: { oneOf: [{ type: 'object', properties: { kind: { type: 'string', enum: ['a'] } } }] },
  },
  {
    given: { type: 'object', additionalProperties: { type: 'integer' } },
    want: { type: 'object', additionalProperties: { type: 'integer' } },
  },
  // JSON Schema 2020-12 keywords of the internal form.
  {
    given: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer', nullable: true }] },
    want: { type: 'array', prefixItems: [{ type: 'string' }, { type: ['integer', 'null'] }] },
  },
  {
    given: { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'number', format: 'float' } },
    want: { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'number', format: 'float' } },
  },
  {
    given: { type: 'array', prefixItems: [{ type: 'string' }], items: { not: {} } },
    want: { type: 'array', prefixItems: [{ type: 'string' }], items: false },
  },
  {
    given: { type: 'array', prefixItems: [{ type: 'string' }], items: { not: {}, description: 'no more' } },
    want: { type: 'array', prefixItems: [{ type: 'string' }], items: false },
  },
  { given: { type: 'array', items: { not: {} } }, want: { type: 'array', items: { not: {} } } },
  {
    given: { type: 'array', prefixItems: [{ not: {} }], items: { type: 'string', not: {} } },
    want: { type: 'array', prefixItems: [{ not: {} }], items: { type: 'string', not: {} } },
  },
  {
    given: { type: 'object', properties: { gone: { not: {} } }, additionalProperties: { not: {} } },
    want: { type: 'object', properties: { gone: { not: {} } }, additionalProperties: false },
  },
  {
    given: { type: 'object', dependentRequired: { card: ['address', 'cvv'] } },
    want: { type: 'object', dependentRequired: { card: ['address', 'cvv'] } },
  },
  {
    given: {
      type: 'object',
      properties: { id: { type: 'string', readOnly: true }, card: { type: 'string' }, cvv: { type: 'string' } },
      dependentRequired: { card: ['id', 'cvv'], id: ['card'] },
    },
    direction: 'request',
    want: {
      type: 'object',
      properties: { card: { type: 'string' }, cvv: { type: 'string' } },
      dependentRequired: { card: ['cvv'] },
    },
  },
  {
    given: {
      type: 'object',
      properties: { id: { type: 'string', readOnly: true } },
      dependentRequired: { id: ['name'], name: ['id'] },
    },
    direction: 'request',
    want: { type: 'object', properties: {} },
  },
  {
    given: { type: 'string', contentEncoding: 'base64', contentMediaType: 'application/json', maxLength: 9 },
    want: { type: 'string', contentEncoding: 'base64', contentMediaType: 'application/json', maxLength: 9 },
  },
  { given: { type: 'string', enum: ['pipeline'] }, want: { type: 'string', enum: ['pipeline'] } },
  { given: { not: {} }, want: { not: {} } },
  // Keywords that pass through the internal form untyped: copied, their subschemas converted.
  {
    given: {
      type: 'object',
      if: { properties: { kind: { type: 'string', enum: ['a'] } } },
      then: { required: ['a'], properties: { a: { type: 'integer', nullable: true } } },
      else: { properties: { b: { type: 'number', minimum: 0, exclusiveMinimum: true } } },
    } as SchemaObject,
    want: {
      type: 'object',
      if: { properties: { kind: { type: 'string', enum: ['a'] } } },
      then: { required: ['a'], properties: { a: { type: ['integer', 'null'] } } },
      else: { properties: { b: { type: 'number', exclusiveMinimum: 0 } } },
    },
  },
  {
    given: {
      type: 'object',
      patternProperties: { '^x-': { type: 'string', 'x-nullable': true, example: 'a' }, '^y-': false },
      propertyNames: { type: 'string', maxLength: 8 },
      dependentSchemas: { a: { required: ['b'], properties: { b: { type: 'string', format: 'integer' } } } },
      unevaluatedProperties: { not: {} },
    } as SchemaObject,
    want: {
      type: 'object',
      patternProperties: { '^x-': { type: ['string', 'null'] }, '^y-': false },
      propertyNames: { type: 'string', maxLength: 8 },
      dependentSchemas: { a: { required: ['b'], properties: { b: { type: 'string' } } } },
      unevaluatedProperties: false,
    },
  },
  {
    given: {
      type: 'array',
      contains: { type: 'integer', minimum: 10, nullable: true },
      minContains: 2,
      maxContains: 3,
      unevaluatedItems: { type: 'string', nullable: true },
    } as SchemaObject,
    want: {
      type: 'array',
      contains: { type: ['integer', 'null'], minimum: 10 },
      minContains: 2,
      maxContains: 3,
      unevaluatedItems: { type: ['string', 'null'] },
    },
  },
  {
    given: { type: 'string', not: { type: 'string', enum: ['x'], nullable: true } },
    want: { type: 'string', not: { type: ['string', 'null'], enum: ['x', null] } },
  },
];

describe('toJsonSchema', () => {
  it.each(conversions)('converts $given ($direction)', ({ given, direction, want }: (typeof conversions)[number]) => {
    expect(toJsonSchema(given, direction === undefined ? {} : { direction })).toEqual(want);
  });

  it('turns a circular schema into $defs and $ref', () => {
    const node: SchemaObject = { type: 'object', properties: { name: { type: 'string' } } };
    node.properties!.children = { type: 'array', items: node };
    expect(toJsonSchema(node)).toEqual({
      $ref: '#/$defs/s0',
      $defs: {
        s0: {
          type: 'object',
          properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/s0' } } },
        },
      },
    });
  });

  it('follows a circle through 2020-12 keywords into $defs', () => {
    const node: SchemaObject = { type: 'array', prefixItems: [{ type: 'string' }] };
    node.prefixItems!.push(node);
    const branch = { if: node, then: { type: 'array' } } as SchemaObject;
    expect(toJsonSchema(branch)).toEqual({
      if: { $ref: '#/$defs/s0' },
      then: { type: 'array' },
      $defs: { s0: { type: 'array', prefixItems: [{ type: 'string' }, { $ref: '#/$defs/s0' }] } },
    });
  });

  it('never modifies its input', () => {
    const given: SchemaObject = { type: 'number', minimum: 1, exclusiveMinimum: true, nullable: true };
    const copy = structuredClone(given);
    toJsonSchema(given);
    expect(given).toEqual(copy);
  });
});
