import { validArbitrary } from '@circleci-kit/schema';
import type { SchemaObject } from '@circleci-kit/spec-loader';
import { matchBody, responseBodyRules, responseSchema } from '@circleci-kit/pact';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentSpec } from './support/spec.ts';

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
      given: 'an anyOf (only the properties every branch requires, with rules all branches allow)',
      schema: {
        type: 'object',
        required: ['timetable'],
        properties: {
          timetable: {
            anyOf: [
              {
                type: 'object',
                required: ['per-hour', 'at', 'days-of-week'],
                properties: {
                  'per-hour': { type: 'integer' },
                  at: { type: 'string', format: 'date-time' },
                  'days-of-week': { type: 'array', items: { type: 'string' } },
                },
              },
              {
                type: 'object',
                required: ['per-hour', 'at', 'days-of-month'],
                properties: {
                  'per-hour': { type: 'number' },
                  at: { type: 'string', format: 'date' },
                  'days-of-month': { type: 'array', items: { type: 'integer' } },
                },
              },
            ],
          },
        },
      },
      value: { timetable: { 'per-hour': 2, at: '2025-01-01T00:00:00Z', 'days-of-week': ['MON'] } },
      want: {
        body: { timetable: { 'per-hour': 2, at: '2025-01-01T00:00:00Z' } },
        rules: {
          '$.timetable': rule({ match: 'type' }),
          "$.timetable['per-hour']": rule({ match: 'number' }),
          '$.timetable.at': rule({ match: 'type' }),
        },
      },
    },
    {
      given: 'a root anyOf whose branches share no property (an empty object, no rule)',
      schema: {
        additionalProperties: false,
        anyOf: [
          { type: 'object', required: ['variable'], properties: { variable: { type: 'string' } } },
          { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
        ],
      },
      value: { variable: 'X' },
      want: { body: {}, rules: {} },
    },
    {
      given: 'a oneOf of different kinds, and a nullable union recorded as null (left out, never held to null)',
      schema: {
        type: 'object',
        required: ['a', 'b', 'c'],
        properties: {
          a: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
          b: { anyOf: [{ type: 'object' }, { type: 'array', items: {} }], nullable: true },
          c: {
            anyOf: [
              { type: 'string', enum: ['x'] },
              { type: 'string', enum: ['y'], nullable: true },
            ],
          },
        },
      },
      value: { a: 1, b: null, c: null },
      want: {
        body: { c: expect.stringMatching(/^[xy]$/) },
        rules: { '$.c': { combine: 'OR', matchers: [{ match: 'regex', regex: '^(x|y)$' }, { match: 'null' }] } },
      },
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
    if ('rules' in want) expect(Object.keys(got.rules).sort()).toEqual(Object.keys(want.rules).sort());
    expect(matchBody(got.body, value, got.rules)).toEqual([]);
  });

  // Soundness: the rules written from one valid response accept every other valid response.
  const sound = (schema: SchemaObject): void =>
    fc.assert(
      fc.property(validArbitrary(schema, 'response'), validArbitrary(schema, 'response'), (recorded, other) => {
        const { body, rules } = responseBodyRules(schema, recorded);
        expect(matchBody(body, other, rules)).toEqual([]);
      }),
      { seed: 7, numRuns: 40 },
    );

  it.each([
    ['getCurrentUser', 200],
    ['getPipelineById', 200],
    ['listPipelinesForProject', 200],
    ['listWorkflowJobs', 200],
    ['getProjectBySlug', 200],
    ['getContext', 200],
    ['getJobDetails', 200],
    // Unions: update_env_var (anyOf at the root), schedules (anyOf timetable), context owner (oneOf).
    ['addEnvironmentVariableToContext', 200],
    ['listEnvironmentVariablesFromContext', 200],
    ['createSchedule', 201],
    ['getScheduleById', 200],
    ['listSchedulesForProject', 200],
    ['createContext', 200],
    ['getPipelineConfigById', 200],
  ])('rules from one valid %s %i response accept any other (seed 7)', async (operationId, status) => {
    const spec = await currentSpec();
    sound(responseSchema(spec, operationId, status)!);
  });

  const object = (properties: Record<string, object>, required = Object.keys(properties)): SchemaObject =>
    ({ type: 'object', required, properties }) as SchemaObject;
  it.each([
    {
      given: 'object branches that require different fields and type shared ones differently',
      schema: {
        anyOf: [
          object({
            n: { type: 'integer' },
            at: { type: 'string', format: 'date-time' },
            state: { type: 'string', enum: ['on'] },
            weekdays: { type: 'array', minItems: 2, items: { type: 'string', enum: ['MON', 'TUE'] } },
          }),
          object({
            n: { type: 'number' },
            at: { type: 'string', format: 'date' },
            state: { type: 'string', enum: ['off'], nullable: true },
            monthdays: { type: 'array', items: { type: 'integer' } },
          }),
        ],
      },
    },
    {
      given: 'nested unions of different kinds, nullable branches and union items',
      schema: object({
        payload: {
          oneOf: [
            object({ a: { type: 'string' } }),
            object({ a: { anyOf: [{ type: 'string' }, { type: 'integer' }] }, b: { type: 'boolean' } }),
          ],
        },
        value: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }], nullable: true },
        ids: {
          type: 'array',
          items: {
            anyOf: [
              { type: 'string', format: 'uuid' },
              { type: 'string', enum: ['none'] },
            ],
          },
        },
        owner: {
          oneOf: [
            object({ id: { type: 'string', format: 'uuid' }, type: { type: 'string', enum: ['org'] } }),
            object({ id: { type: 'string', format: 'uuid' }, type: { type: 'string', enum: ['account'] } }, ['id']),
          ],
        },
      }),
    },
    {
      given: 'a union inside allOf, and a nullable union of scalars',
      schema: {
        allOf: [
          object({ id: { type: 'string' } }),
          { anyOf: [object({ x: { type: 'integer', nullable: true } }), object({ x: { type: 'string' } })] },
        ],
        nullable: true,
      },
    },
  ])('rules from one valid response accept any other: $given (seed 7)', ({ schema }) => {
    sound(schema);
  });
});
