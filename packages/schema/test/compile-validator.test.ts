import { describe, expect, it } from 'vitest';
import { compileValidator } from '../src/index.ts';
import type { SchemaObject } from '../src/index.ts';

const pipeline: SchemaObject = {
  type: 'object',
  required: ['id', 'number', 'state'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', format: 'uuid' },
    number: { type: 'integer', format: 'int64', minimum: 1 },
    state: { type: 'string', enum: ['created', 'errored'] },
    created_at: { type: 'string', format: 'date-time' },
    next_page_token: { type: 'string', 'x-nullable': true },
    ratio: { type: 'number', format: 'float' },
    count: { type: 'integer', format: 'int32' },
    tags: { type: 'array', items: { type: 'string' }, maxItems: 2 },
    step: { type: 'integer', multipleOf: 5 },
  },
};
const validate = compileValidator(pipeline);
const ok = { id: '5034460f-c7c4-4c43-9457-de07e2029e7b', number: 3, state: 'created' };

describe('compileValidator', () => {
  it.each([
    { given: ok },
    { given: { ...ok, next_page_token: null } },
    { given: { ...ok, created_at: '2025-10-17T12:00:00Z', ratio: 0.5, count: -5, tags: ['a'] } },
    { given: { ...ok, number: 2 ** 60 } },
  ])('accepts $given', ({ given }) => {
    expect(validate(given)).toEqual({ valid: true });
  });

  it.each([
    {
      given: { ...ok, id: 'nope' },
      want: { pointer: '/id', keyword: 'format', expected: 'a valid uuid', actual: '"nope"' },
    },
    { given: { id: ok.id, state: 'created' }, want: { pointer: '/number', keyword: 'required', actual: 'missing' } },
    { given: { ...ok, number: 0 }, want: { pointer: '/number', keyword: 'minimum', expected: '>= 1' } },
    { given: { ...ok, number: 2 ** 64 }, want: { pointer: '/number', keyword: 'format', expected: 'a valid int64' } },
    { given: { ...ok, count: 2 ** 31 }, want: { pointer: '/count', keyword: 'format', expected: 'a valid int32' } },
    { given: { ...ok, ratio: 1e39 }, want: { pointer: '/ratio', keyword: 'format', expected: 'a valid float' } },
    {
      given: { ...ok, state: 'gone' },
      want: { pointer: '/state', keyword: 'enum', expected: 'one of "created", "errored"' },
    },
    { given: { ...ok, created_at: '2025-13-45T00:00:00Z' }, want: { pointer: '/created_at', keyword: 'format' } },
    {
      given: { ...ok, next_page_token: 5 },
      want: { pointer: '/next_page_token', keyword: 'type', expected: 'string or null' },
    },
    {
      given: { ...ok, tags: ['a', 'b', 'c'] },
      want: { pointer: '/tags', keyword: 'maxItems', expected: 'at most 2 items' },
    },
    { given: { ...ok, step: 7 }, want: { pointer: '/step', keyword: 'multipleOf', expected: '5 (a multiple of it)' } },
    { given: { ...ok, extra: true }, want: { pointer: '/extra', keyword: 'additionalProperties' } },
    { given: 'text', want: { pointer: '', keyword: 'type', expected: 'object', actual: '"text"' } },
  ])('rejects $given with $want.keyword at $want.pointer', ({ given, want }) => {
    const result = validate(given);
    expect(result.valid).toBe(false);
    if (!result.valid) {
      expect(result.errors[0]).toMatchObject(want);
      expect(result.errors[0]!.message).toContain(want.pointer === '' ? 'the value' : want.pointer);
    }
  });

  it('words messages so that a person can act on them', () => {
    const result = validate({ ...ok, id: 'nope' });
    expect(result).toEqual({
      valid: false,
      errors: [
        {
          pointer: '/id',
          keyword: 'format',
          message: '/id: expected a valid uuid, got "nope"',
          expected: 'a valid uuid',
          actual: '"nope"',
        },
      ],
    });
  });

  it('leaves readOnly properties out of requests', () => {
    const schema: SchemaObject = {
      type: 'object',
      additionalProperties: false,
      required: ['id'],
      properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' } },
    };
    expect(compileValidator(schema, { direction: 'request' })({ name: 'a' })).toEqual({ valid: true });
    expect(compileValidator(schema, { direction: 'response' })({ name: 'a' }).valid).toBe(false);
  });
});
