import type { SchemaObject } from '@circleci-kit/spec-loader';
import { describe, expect, it } from 'vitest';
import { fitsField } from '../../src/_internals/fits.ts';
import { generateValue } from '../../src/realistic/generate-value.ts';
import { rootPlace } from '../../src/realistic/place.ts';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const NEVER: SchemaObject = { not: {} };
const at = (schema: SchemaObject, seed: number): unknown => generateValue(schema, rootPlace(seed));
const values = (schema: SchemaObject): unknown[] => SEEDS.map((seed) => at(schema, seed));

/** `value` under `depth` objects, each holding the next under `n`: deep enough that only required properties are filled in. */
function nested(schema: SchemaObject, depth: number): SchemaObject {
  return depth === 0 ? schema : { type: 'object', required: ['n'], properties: { n: nested(schema, depth - 1) } };
}
function unnest(value: unknown, depth: number): unknown {
  return depth === 0 ? value : unnest((value as { n: unknown }).n, depth - 1);
}

describe('generateValue: prefixItems', () => {
  const uuid: SchemaObject = { type: 'string', format: 'uuid' };
  const count: SchemaObject = { type: 'integer', minimum: 1, maximum: 9 };
  it.each<{ name: string; schema: SchemaObject; lengths: number[] }>([
    {
      name: 'a closed tuple has exactly its members',
      schema: { type: 'array', prefixItems: [uuid, count], minItems: 2, items: NEVER },
      lengths: [2],
    },
    {
      name: 'members past maxItems are left out',
      schema: { type: 'array', prefixItems: [uuid, count], maxItems: 1 },
      lengths: [1],
    },
    {
      name: 'an open tail sometimes gets one item of `items`',
      schema: { type: 'array', prefixItems: [uuid, count], items: { type: 'boolean' } },
      lengths: [2, 3],
    },
    {
      name: 'minItems past the prefix is met with items of `items`',
      schema: { type: 'array', prefixItems: [uuid], minItems: 3, maxItems: 3, items: { type: 'boolean' } },
      lengths: [3],
    },
  ])('$name', ({ schema, lengths }) => {
    const prefix = schema.prefixItems!;
    const seen = new Set<number>();
    for (const value of values(schema)) {
      expect(Array.isArray(value)).toBe(true);
      const list = value as unknown[];
      seen.add(list.length);
      list.forEach((item, index) => {
        const member = index < prefix.length ? prefix[index]! : schema.items!;
        expect(fitsField(member, item), `item ${index}: ${JSON.stringify(item)}`).toBe(true);
      });
    }
    expect([...seen].sort()).toEqual(lengths);
  });

  it('items: { not: {} } without a prefix gives the empty array', () => {
    expect(values({ type: 'array', items: NEVER })).toEqual(SEEDS.map(() => []));
  });
});

describe('generateValue: dependentRequired', () => {
  const schema: SchemaObject = {
    type: 'object',
    properties: { branch: { type: 'string' }, tag: { type: 'string' } },
    dependentRequired: { branch: ['revision'], revision: ['checked'] },
    additionalProperties: { type: 'string' },
  };
  it('adds the dependents of a property it writes, and theirs in turn', () => {
    for (const value of values(schema)) {
      expect(value).toHaveProperty('branch');
      expect(value).toHaveProperty('revision');
      expect(value).toHaveProperty('checked');
    }
  });

  it('adds none for a property it leaves out (deep down, only required ones are written)', () => {
    for (const seed of SEEDS) {
      expect(Object.keys(unnest(at(nested(schema, 6), seed), 6) as object)).toEqual([]);
      const required = unnest(at(nested({ ...schema, required: ['tag', 'branch'] }, 6), seed), 6);
      expect(Object.keys(required as object).sort()).toEqual(['branch', 'checked', 'revision', 'tag']);
    }
  });

  it('ends where a dependent cannot be written, even when dependents name each other', () => {
    const loop: SchemaObject = {
      type: 'object',
      properties: { a: { type: 'string' }, b: NEVER, c: { type: 'string', writeOnly: true } },
      dependentRequired: { a: ['b', 'c'], b: ['c'], c: ['b'] },
    };
    for (const value of values(loop)) expect(Object.keys(value as object)).toEqual(['a']);
  });

  it('takes a dependent declared in properties from its own schema', () => {
    const declared: SchemaObject = {
      ...schema,
      required: ['branch'],
      properties: { ...schema.properties, revision: { type: 'integer', minimum: 100, maximum: 100 } },
    };
    for (const seed of SEEDS) {
      const value = unnest(at(nested(declared, 6), seed), 6) as Record<string, unknown>;
      expect(value).toEqual({ branch: expect.any(String), revision: 100, checked: expect.any(String) });
    }
  });
});

describe('generateValue: { not: {} } and one-value enums', () => {
  it.each<{ name: string; schema: SchemaObject; want: unknown }>([
    {
      name: 'a property that admits no value is never written',
      schema: { type: 'object', properties: { id: { enum: ['a'] }, gone: NEVER } },
      want: { id: 'a' },
    },
    {
      name: 'additionalProperties: { not: {} } writes no map keys (as false)',
      schema: { type: 'object', additionalProperties: NEVER },
      want: {},
    },
    { name: 'const without type: its value', schema: { enum: [42] }, want: 42 },
    { name: 'const of an object', schema: { enum: [{ a: [1] }] }, want: { a: [1] } },
    { name: 'const null of a nullable', schema: { nullable: true, enum: [null] }, want: null },
  ])('$name', ({ schema, want }) => {
    expect(values(schema)).toEqual(SEEDS.map(() => want));
  });
});

describe('generateValue: content strings', () => {
  const decode = (text: string): string => Buffer.from(text, 'base64').toString('utf8');
  const isBase64 = (text: string): boolean => Buffer.from(text, 'base64').toString('base64') === text;
  it.each<{ name: string; schema: SchemaObject; check: (text: string) => void }>([
    {
      name: 'base64: valid base64 of some text',
      schema: { type: 'string', contentEncoding: 'base64' },
      check: (text) => {
        expect(isBase64(text)).toBe(true);
        expect(decode(text)).not.toBe('');
      },
    },
    {
      name: 'application/json: a JSON text',
      schema: { type: 'string', contentMediaType: 'application/json' },
      check: (text) => expect(() => JSON.parse(text) as unknown).not.toThrow(),
    },
    {
      name: 'a JSON text in base64',
      schema: { type: 'string', contentMediaType: 'application/json', contentEncoding: 'base64' },
      check: (text) => {
        expect(isBase64(text)).toBe(true);
        expect(() => JSON.parse(decode(text)) as unknown).not.toThrow();
      },
    },
    {
      name: 'base64url: no +, / or padding',
      schema: { type: 'string', contentEncoding: 'base64url' },
      check: (text) => expect(text).toMatch(/^[A-Za-z0-9_-]+$/),
    },
    {
      name: 'base16: upper-case hex pairs',
      schema: { type: 'string', contentEncoding: 'base16' },
      check: (text) => expect(text).toMatch(/^(?:[0-9A-F]{2})+$/),
    },
    {
      name: 'content that does not fit maxLength gives way to a string that does',
      schema: { type: 'string', contentEncoding: 'base64', maxLength: 2 },
      check: (text) => expect([...text].length).toBeLessThanOrEqual(2),
    },
  ])('$name', ({ schema, check }) => {
    for (const value of values({ type: 'object', required: ['payload'], properties: { payload: schema } })) {
      const text = (value as { payload: unknown }).payload;
      expect(typeof text).toBe('string');
      check(text as string);
    }
  });
});
