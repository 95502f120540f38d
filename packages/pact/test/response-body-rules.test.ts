import { validArbitrary } from '@circleci-kit/schema';
import type { SchemaObject } from '@circleci-kit/spec-loader';
import { matchBody, responseBodyRules, responseSchema } from '@circleci-kit/pact';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentSpec } from './helpers/spec.js';

const UUID = '5d8d7a8c-2a3b-4c5d-9e8f-0a1b2c3d4e5f';
const rule = (...matchers: object[]) => ({ combine: 'AND', matchers });

describe('responseBodyRules', () => {
  it.each([
    {
      given: 'a uuid, an integer, a boolean and an optional field',
      schema: {
        type: 'object',
        required: ['id', 'n', 'ok'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          n: { type: 'integer' },
          ok: { type: 'boolean' },
          extra: { type: 'string' },
        },
      },
      value: { id: UUID, n: 3, ok: true, extra: 'dropped' },
      want: {
        body: { id: UUID, n: 3, ok: true },
        rules: {
          '$.id': rule({
            match: 'regex',
            regex: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
          }),
          '$.n': rule({ match: 'integer' }),
          '$.ok': rule({ match: 'boolean' }),
        },
      },
    },
    {
      given: 'a nullable date-time recorded as null (a sampled value, matched by regex OR null)',
      schema: {
        type: 'object',
        required: ['at'],
        properties: { at: { type: 'string', format: 'date-time', nullable: true } },
      },
      value: { at: null },
      want: {
        rules: {
          '$.at': { combine: 'OR', matchers: [{ match: 'regex', regex: expect.any(String) }, { match: 'null' }] },
        },
      },
    },
    {
      given: 'an array with minItems, cut to one item',
      schema: {
        type: 'object',
        required: ['items'],
        properties: { items: { type: 'array', minItems: 1, items: { type: 'number' } } },
      },
      value: { items: [1.5, 2, 3] },
      want: {
        body: { items: [1.5] },
        rules: { '$.items': rule({ match: 'type', min: 1 }), '$.items[*]': rule({ match: 'number' }) },
      },
    },
    {
      given: 'an enum and a key that needs quoting',
      schema: {
        type: 'object',
        required: ['job-state'],
        properties: { 'job-state': { type: 'string', enum: ['success', 'failed'] } },
      },
      value: { 'job-state': 'failed' },
      want: { rules: { "$['job-state']": rule({ match: 'regex', regex: '^(success|failed)$' }) } },
    },
    {
      given: 'a nullable object and an untyped field (left out: no rule can say them)',
      schema: {
        type: 'object',
        required: ['a', 'b', 'c'],
        properties: { a: { type: 'object', nullable: true }, b: {}, c: { type: 'string' } },
      },
      value: { a: null, b: [1, 'x'], c: 'kept' },
      want: { body: { c: 'kept' }, rules: { '$.c': rule({ match: 'type' }) } },
    },
    {
      given: 'no schema (every value by type)',
      schema: undefined,
      value: { n: 1, s: 'x', list: [{ f: 0.5 }] },
      want: {
        body: { n: 1, s: 'x', list: [{ f: 0.5 }] },
        rules: {
          '$.n': rule({ match: 'integer' }),
          '$.s': rule({ match: 'type' }),
          '$.list': rule({ match: 'type', min: 0 }),
          '$.list[*]': rule({ match: 'type' }),
          '$.list[*].f': rule({ match: 'number' }),
        },
      },
    },
  ])('$given', ({ schema, value, want }) => {
    const got = responseBodyRules(schema as SchemaObject | undefined, value);
    expect(got).toMatchObject(want);
    expect(matchBody(got.body, value, got.rules)).toEqual([]);
  });

  // Soundness: the rules written from one valid response accept every other valid response.
  it.each([
    'getCurrentUser',
    'getPipelineById',
    'listPipelinesForProject',
    'listWorkflowJobs',
    'getProjectBySlug',
    'getContext',
    'getJobDetails',
  ])('rules from one valid %s response accept any other (seed 7)', async (operationId) => {
    const spec = await currentSpec();
    const schema = responseSchema(spec, operationId, 200)!;
    const responses = validArbitrary(schema, 'response');
    fc.assert(
      fc.property(responses, responses, (recorded, other) => {
        const { body, rules } = responseBodyRules(schema, recorded);
        expect(matchBody(body, other, rules)).toEqual([]);
      }),
      { seed: 7, numRuns: 40 },
    );
  });
});
