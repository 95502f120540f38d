import type { JsonValue, SchemaObject } from '@circleci-kit/spec-loader';
import { describe, expect, it } from 'vitest';
import { makeNumbersConsistent } from '../../src/realistic/consistent-numbers.js';
import { dateRank, orderDates } from '../../src/realistic/dates.js';
import { fitsScalar } from '../../src/_internals/fits.js';
import { objectKind } from '../../src/realistic/object-kind.js';
import { normalizeName } from '../../src/realistic/place.js';
import { isSatisfiable, resolveSchema, unionOf } from '../../src/realistic/schema-node.js';
import { typeHint } from '../../src/realistic/type-hint.js';

describe('realistic helpers', () => {
  it.each([
    { given: 'project-slug', want: 'project_slug' },
    { given: 'pipeline.git.branch', want: 'branch' },
    { given: 'Created-At', want: 'created_at' },
  ])('normalizeName($given) → $want', ({ given, want }) => expect(normalizeName(given)).toBe(want));

  it.each([
    { given: 'created_at', want: 0 },
    { given: 'created-at', want: 0 },
    { given: 'workflow-created-at', want: 0 },
    { given: 'queued_at', want: 1 },
    { given: 'min_started_at', want: 2 },
    { given: 'updated-at', want: 3 },
    { given: 'last_deployed_at', want: 3 },
    { given: 'stopped_at', want: 4 },
    { given: 'max_ended_at', want: 4 },
    { given: 'window_end', want: 4 },
    { given: 'name', want: undefined },
    { given: 'backend', want: undefined },
  ])('dateRank($given) → $want', ({ given, want }) => expect(dateRank(given)).toBe(want));

  it('orderDates deals sorted date-times back to the ranked keys and leaves other values alone', () => {
    const object: Record<string, unknown> = {
      stopped_at: '2024-01-01T00:00:00.000Z',
      name: 'build',
      'created-at': '2024-03-01T00:00:00.000Z',
      started_at: '2024-02-01T00:00:00.000Z',
      odd_at: 'not a date',
    };
    orderDates(object);
    expect(object).toEqual({
      stopped_at: '2024-03-01T00:00:00.000Z',
      name: 'build',
      'created-at': '2024-01-01T00:00:00.000Z',
      started_at: '2024-02-01T00:00:00.000Z',
      odd_at: 'not a date',
    });
  });

  it('makeNumbersConsistent sorts statistics and sums totals, within the maximum', () => {
    const metrics: Record<string, unknown> = {
      min: 9,
      median: 3,
      max: 1,
      total_runs: 2,
      successful_runs: 5,
      failed_runs: 4,
    };
    makeNumbersConsistent(metrics, {});
    expect(metrics).toEqual({ min: 1, median: 3, max: 9, total_runs: 9, successful_runs: 5, failed_runs: 4 });
    const capped: Record<string, unknown> = { total: 2, success: 5, failure: 4, skipped: 0, error: 0 };
    makeNumbersConsistent(capped, { total: { type: 'integer', maximum: 3 } });
    expect(capped.total).toBe(2);
  });

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

  it.each([
    { given: 'enabled', want: 'boolean' },
    { given: 'deploy_prod', want: 'boolean' },
    { given: 'is_approval', want: 'boolean' },
    { given: 'count', want: 'integer' },
    { given: 'build_count', want: 'integer' },
    { given: 'success_rate', want: 'number' },
    { given: 'org_id', want: 'string' },
    { given: 'name', want: 'string' },
  ])('typeHint($given) → $want', ({ given, want }) => expect(typeHint(given)).toBe(want));

  it.each([
    { value: '1h', schema: { type: 'string', pattern: '^[0-9]+h$' }, want: true },
    { value: '1x', schema: { type: 'string', pattern: '^[0-9]+h$' }, want: false },
    { value: 'nope', schema: { type: 'string', format: 'uuid' }, want: false },
    { value: 'https://a.example/b', schema: { type: 'string', format: 'uri' }, want: true },
    { value: 3, schema: { type: 'integer', maximum: 2 }, want: false },
    { value: 2, schema: { type: 'integer', maximum: 2, exclusiveMaximum: true }, want: false },
    { value: 1.5, schema: { type: 'number', multipleOf: 0.5 }, want: true },
    { value: 1.5, schema: { type: 'integer' }, want: false },
    { value: 'ab', schema: { type: 'string', minLength: 3 }, want: false },
    { value: null, schema: { type: 'string', nullable: true }, want: true },
    { value: null, schema: { type: 'string' }, want: false },
    { value: 'b', schema: { type: 'string', enum: ['a'] }, want: false },
  ] as Array<{ value: JsonValue; schema: SchemaObject; want: boolean }>)(
    'fitsScalar($value, $schema) → $want',
    ({ value, schema, want }) => expect(fitsScalar(value, schema)).toBe(want),
  );

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
