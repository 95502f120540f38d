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
];

describe('toJsonSchema', () => {
  it.each(conversions)('converts $given ($direction)', ({ given, direction, want }: (typeof conversions)[number]) => {
    expect(toJsonSchema(given, direction === undefined ? {} : { direction })).toEqual(want);
  });

  it('turns a circular schema into definitions and $ref', () => {
    const node: SchemaObject = { type: 'object', properties: { name: { type: 'string' } } };
    node.properties!.children = { type: 'array', items: node };
    expect(toJsonSchema(node)).toEqual({
      $ref: '#/definitions/s0',
      definitions: {
        s0: {
          type: 'object',
          properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/definitions/s0' } } },
        },
      },
    });
  });

  it('never modifies its input', () => {
    const given: SchemaObject = { type: 'number', minimum: 1, exclusiveMinimum: true, nullable: true };
    const copy = structuredClone(given);
    toJsonSchema(given);
    expect(given).toEqual(copy);
  });
});
