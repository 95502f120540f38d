import { compileValidator, sample, type Validator } from '@circleci-kit/schema';
import type { SchemaObject } from '@circleci-kit/spec-loader';
import { describe, expect, it } from 'vitest';
import { realisticSample } from '../../src/realistic/realistic-sample.ts';
import type { JsonBody } from '../support/client.ts';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const object = (properties: Record<string, SchemaObject>, extra: Partial<SchemaObject> = {}): SchemaObject => ({
  type: 'object',
  properties,
  ...extra,
});

/** The realistic sample for each seed, each checked against the schema. */
function samples(schema: SchemaObject): JsonBody[] {
  const validate = compileValidator(schema);
  return SEEDS.map((seed) => {
    const value = realisticSample(schema, seed);
    expect(validate(value)).toEqual({ valid: true });
    return value;
  });
}

describe('realisticSample on numbers', () => {
  const table: Array<{ given: string; schema: SchemaObject; check: (n: number) => boolean }> = [
    {
      given: 'bounds away from the plausible range',
      schema: { type: 'integer', minimum: 100, maximum: 105 },
      check: (n) => n >= 100 && n <= 105,
    },
    {
      given: 'exclusive bounds',
      schema: { type: 'integer', minimum: 0, exclusiveMinimum: true, maximum: 2, exclusiveMaximum: true },
      check: (n) => n === 1,
    },
    {
      given: 'a float multipleOf',
      schema: { type: 'number', multipleOf: 0.5, minimum: 2, maximum: 4 },
      check: (n) => n % 0.5 === 0 && n >= 2 && n <= 4,
    },
    {
      given: 'an integer multipleOf above the range',
      schema: { type: 'integer', multipleOf: 7, minimum: 50 },
      check: (n) => n % 7 === 0 && n >= 50,
    },
    { given: 'a maximum below zero', schema: { type: 'number', maximum: -3 }, check: (n) => n <= -3 },
    { given: 'no bounds: a positive number', schema: { type: 'number' }, check: (n) => n > 0 && n <= 50 },
    {
      given: 'no bounds: a small count',
      schema: { type: 'integer' },
      check: (n) => Number.isInteger(n) && n >= 0 && n <= 50,
    },
  ];
  it.each(table)('$given', ({ schema, check }) => {
    for (const value of samples(schema)) expect(check(value), String(value)).toBe(true);
  });

  it('gives durations in ms and seconds, rates between 0 and 1, by name', () => {
    const schema = object({
      time_taken_ms: { type: 'integer' },
      total_duration_secs: { type: 'integer' },
      success_rate: { type: 'number', format: 'float' },
      number: { type: 'integer' },
    });
    for (const value of samples(schema)) {
      expect(value.time_taken_ms).toBeGreaterThanOrEqual(5);
      expect(value.total_duration_secs).toBeGreaterThanOrEqual(30);
      expect(value.success_rate).toBeGreaterThan(0);
      expect(value.success_rate).toBeLessThanOrEqual(1);
      expect(value.number).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('realisticSample on strings', () => {
  it('gives formats: uuid, date-time near the clock, date, uri, email', () => {
    const schema = object({
      id: { type: 'string', format: 'uuid' },
      when: { type: 'string', format: 'date-time' },
      day: { type: 'string', format: 'date' },
      link: { type: 'string', format: 'uri' },
      contact: { type: 'string', format: 'email' },
    });
    for (const value of samples(schema)) {
      expect(value.id).toMatch(UUID);
      expect(value.when.slice(0, 7)).toBe('2024-12');
      expect(value.day).toMatch(/^2024-12-\d\d$/);
      expect(new URL(value.link).protocol).toBe('https:');
      expect(value.contact).toMatch(/^[a-z]+\.[a-z]+@example\.com$/);
    }
  });

  it('keeps a vocabulary value that matches the pattern, else draws from the pattern', () => {
    const schema = object({
      branch: { type: 'string', pattern: '^[a-z]+$' },
      tag: { type: 'string', pattern: '^rel-[0-9]{3}$' },
    });
    for (const value of samples(schema)) {
      expect(value.branch).toBe('main');
      expect(value.tag).toMatch(/^rel-[0-9]{3}$/);
    }
  });

  it('fits the lengths: cut to maxLength, hex digits up to minLength', () => {
    const schema = object({
      description: { type: 'string', maxLength: 12 },
      digest: { type: 'string', minLength: 64, maxLength: 64 },
    });
    for (const value of samples(schema)) {
      expect(value.description.length).toBeLessThanOrEqual(12);
      expect(value.digest).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('gives names by the object they name, and slugs that agree with them', () => {
    const schema = object({
      project: object({ slug: { type: 'string' }, name: { type: 'string' } }),
      organization: object({ name: { type: 'string' } }),
      actor: object({ login: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' } }),
      workflow: object({ name: { type: 'string' }, pipeline_id: { type: 'string' }, status: { type: 'string' } }),
    });
    for (const value of samples(schema)) {
      expect(value.project.slug).toBe(`gh/${value.organization.name}/${value.project.name}`);
      expect(value.actor.name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
      expect(value.actor.email).toBe(`${value.actor.name.toLowerCase().replace(' ', '.')}@example.com`);
      expect(value.workflow.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });
});

describe('realisticSample on examples, enums and unions', () => {
  it('uses a valid example at any level, skips an invalid or empty one', () => {
    const schema = object({
      good: { type: 'string', example: 'hello there' },
      bad: { type: 'string', format: 'uuid', example: 'not-a-uuid' },
      empty: { type: 'string', example: '' },
      whole: object({ a: { type: 'integer' } }, { example: { a: 41 } }),
    });
    for (const value of samples(schema)) {
      expect(value.good).toBe('hello there');
      expect(value.bad).toMatch(UUID);
      expect(value.empty).not.toBe('');
      expect(value.whole).toEqual({ a: 41 });
    }
  });

  it('uses examples in the first array item only, so items differ', () => {
    const schema: SchemaObject = {
      type: 'array',
      minItems: 3,
      items: object({ id: { type: 'string', format: 'uuid', example: '5034460f-c7c4-4c43-9457-de07e2029e7b' } }),
    };
    for (const value of samples(schema)) {
      expect(value[0].id).toBe('5034460f-c7c4-4c43-9457-de07e2029e7b');
      expect(new Set(value.map((item: { id: string }) => item.id)).size).toBe(value.length);
    }
  });

  it('picks enum values by seed and path: the same twice, several across seeds', () => {
    const schema = object({ state: { type: 'string', enum: ['created', 'errored', 'setup-pending', 'pending'] } });
    const states = samples(schema).map((value) => value.state);
    expect(samples(schema).map((value) => value.state)).toEqual(states);
    expect(new Set(states).size).toBeGreaterThan(1);
  });

  it('merges allOf, and picks a union branch that fits (oneOf: only one)', () => {
    const schema = object({
      merged: { allOf: [object({ a: { type: 'string' } }), object({ b: { type: 'integer' } }, { required: ['b'] })] },
      either: { oneOf: [{ type: 'string', format: 'uuid' }, { type: 'integer' }] },
      overlapping: { oneOf: [{ type: 'number' }, { type: 'integer' }] },
      enabled: { anyOf: [{ type: 'string' }, { type: 'boolean' }] },
    });
    for (const value of samples(schema)) {
      expect(Object.keys(value.merged).sort()).toEqual(['a', 'b']);
      expect(typeof value.enabled).toBe('boolean');
    }
  });
});

describe('realisticSample on objects and arrays', () => {
  it('fills every declared property, leaves writeOnly ones out, adds no extra keys', () => {
    const schema = object(
      { a: { type: 'string' }, b: { type: 'integer' }, secret: { type: 'string', writeOnly: true } },
      { required: ['a'], additionalProperties: { type: 'string' } },
    );
    for (const value of samples(schema)) expect(Object.keys(value).sort()).toEqual(['a', 'b']);
  });

  it('gives a map one or two plausible keys, with values of the type their key suggests', () => {
    const schema = object({
      parameters: {
        type: 'object',
        additionalProperties: { anyOf: [{ type: 'string' }, { type: 'boolean' }, { type: 'integer' }] },
      },
    });
    for (const { parameters } of samples(schema)) {
      const keys = Object.keys(parameters);
      expect(keys.length).toBeGreaterThanOrEqual(1);
      expect(keys.length).toBeLessThanOrEqual(2);
      for (const key of keys) expect(key).toMatch(/^[a-z_]+$/);
      if ('deploy_prod' in parameters) expect(typeof parameters.deploy_prod).toBe('boolean');
      if ('branch' in parameters) expect(typeof parameters.branch).toBe('string');
    }
  });

  const arrays: Array<{ given: string; schema: SchemaObject; low: number; high: number }> = [
    { given: 'no bounds: one or two items', schema: { type: 'array', items: { type: 'string' } }, low: 1, high: 2 },
    {
      given: 'minItems 3: three to five',
      schema: { type: 'array', minItems: 3, maxItems: 10, items: { type: 'integer' } },
      low: 3,
      high: 5,
    },
    { given: 'maxItems 1: one', schema: { type: 'array', maxItems: 1, items: { type: 'integer' } }, low: 1, high: 1 },
    { given: 'maxItems 0: none', schema: { type: 'array', maxItems: 0, items: { type: 'integer' } }, low: 0, high: 0 },
  ];
  it.each(arrays)('arrays, $given', ({ schema, low, high }) => {
    for (const value of samples(schema)) {
      expect(value.length).toBeGreaterThanOrEqual(low);
      expect(value.length).toBeLessThanOrEqual(high);
    }
  });

  it('gives untyped ({}) values one plausible type, by name', () => {
    const schema = object({
      anything: {},
      count: {},
      enabled: {},
      org_id: {},
      tags: { type: 'array', items: {} },
      loose: { type: 'array' },
    });
    for (const value of samples(schema)) {
      expect(typeof value.anything).toBe('string');
      expect(typeof value.count).toBe('number');
      expect(typeof value.enabled).toBe('boolean');
      expect(value.org_id).toMatch(UUID);
      expect(new Set(value.tags.map((tag: unknown) => typeof tag)).size).toBe(1);
      expect(new Set(value.loose.map((item: unknown) => typeof item)).size).toBeLessThanOrEqual(1);
    }
  });

  it('stops at cycles: an optional self-reference is left out, a required one ends at the depth limit', () => {
    const optional: SchemaObject = object({ name: { type: 'string' } });
    optional.properties!.parent = optional;
    optional.properties!.children = { type: 'array', items: optional };
    for (const value of samples(optional)) {
      expect(value.parent).toBeUndefined();
      expect(value.children).toEqual([]);
    }
    const required: SchemaObject = object({ name: { type: 'string' } }, { required: ['name', 'next'], nullable: true });
    required.properties!.next = required;
    for (const value of samples(required)) {
      let depth = 0;
      for (let link = value; link !== null; link = link.next) depth++;
      expect(depth).toBeGreaterThan(1);
      expect(depth).toBeLessThanOrEqual(13);
    }
  });

  it('orders dates inside an object, spec examples included', () => {
    const date: SchemaObject = { type: 'string', format: 'date-time' };
    const schema = object({
      stopped_at: date,
      finished_at: date,
      'updated-at': date,
      started_at: date,
      queued_at: date,
      'created-at': date,
      received_at: date,
    });
    const fromExamples = object({
      created_at: { ...date, example: '2025-06-01T00:00:00.000Z' },
      updated_at: { ...date, example: '2020-01-01T00:00:00.000Z' },
    });
    for (const value of samples(schema)) {
      const order = ['created-at', 'queued_at', 'started_at', 'updated-at', 'stopped_at'].map((key) =>
        Date.parse(value[key]),
      );
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(Date.parse(value.received_at)).toBeLessThanOrEqual(Date.parse(value.started_at));
      expect(Date.parse(value['updated-at'])).toBeLessThanOrEqual(Date.parse(value.finished_at));
    }
    for (const value of samples(fromExamples))
      expect(value).toEqual({ created_at: '2020-01-01T00:00:00.000Z', updated_at: '2025-06-01T00:00:00.000Z' });
  });

  it('answers null for a nullable next_page_token: one page', () => {
    const schema = object({
      items: { type: 'array', items: { type: 'string' } },
      next_page_token: { type: 'string', nullable: true },
    });
    for (const value of samples(schema)) expect(value.next_page_token).toBeNull();
  });
});

describe('realisticSample when its value does not validate', () => {
  it('falls back to sample() from @circleci-kit/schema', () => {
    const schema = object({ name: { type: 'string' } }, { required: ['name'] });
    const rejectAll: Validator = Object.assign(() => ({ valid: false as const, errors: [] }), { schema: {} });
    for (const seed of SEEDS) {
      expect(realisticSample(schema, seed, { validate: rejectAll })).toEqual(
        sample(schema, seed, { useExample: true }),
      );
    }
  });
});
