/**
 * The JSON Schema 2020-12 keywords of the internal form, and those that pass
 * through it, as the validators judge them: each row's verdict follows from
 * the 2020-12 specification (and RFC 4648 / RFC 8259 for content). Every
 * row is checked with a validator compiled at run time and with the
 * standalone code a code cache stores.
 */
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { describe, expect, it } from 'vitest';
import { usesUnevaluated } from '../src/_internals/subschemas.ts';
import { evaluateStandaloneCode } from '../src/disk-cache.ts';
import { compileValidator, createValidators } from '../src/index.ts';
import type { SchemaObject, Validator } from '../src/index.ts';

const nothing: SchemaObject = { not: {} };
/** A schema with keywords that pass through the internal form untyped. */
const untyped = (schema: object): SchemaObject => schema as SchemaObject;

const pair: SchemaObject = {
  type: 'array',
  prefixItems: [{ type: 'string' }, { type: 'integer', nullable: true }],
  items: nothing,
};
const tagged: SchemaObject = {
  type: 'array',
  prefixItems: [{ type: 'string', enum: ['v1'] }],
  items: { type: 'integer' },
};
const open: SchemaObject = { type: 'array', prefixItems: [{ type: 'boolean' }] };
const card: SchemaObject = {
  type: 'object',
  properties: { card: { type: 'string' }, address: { type: 'string' }, cvv: { type: 'string' } },
  dependentRequired: { card: ['address', 'cvv'] },
};
const gone: SchemaObject = { type: 'object', properties: { old: nothing }, additionalProperties: nothing };
const tree: SchemaObject = { type: 'object', properties: { name: { type: 'string' } } };
tree.properties!.children = { type: 'array', prefixItems: [tree], items: nothing };

interface Row {
  name: string;
  schema: SchemaObject;
  value: unknown;
  want: true | { pointer: string; keyword: string };
}
const fails = (pointer: string, keyword: string) => ({ pointer, keyword });

const table: Row[] = [
  // prefixItems: the first items by position; items: the rest; `false` (`{ not: {} }`): no rest.
  { name: 'prefix pair', schema: pair, value: ['a', 1], want: true },
  { name: 'prefix pair, null allowed', schema: pair, value: ['a', null], want: true },
  { name: 'prefix pair, shorter', schema: pair, value: ['a'], want: true },
  { name: 'prefix pair, wrong first', schema: pair, value: [1, 1], want: fails('/0', 'type') },
  { name: 'prefix pair, wrong second', schema: pair, value: ['a', 'b'], want: fails('/1', 'type') },
  { name: 'prefix pair, one too many', schema: pair, value: ['a', 1, 2], want: fails('', 'items') },
  { name: 'tagged, rest integers', schema: tagged, value: ['v1', 1, 2, 3], want: true },
  { name: 'tagged, bad rest', schema: tagged, value: ['v1', 1, 'x'], want: fails('/2', 'type') },
  { name: 'tagged, bad tag', schema: tagged, value: ['v2'], want: fails('/0', 'enum') },
  { name: 'open rest', schema: open, value: [true, 'anything', {}], want: true },
  { name: 'items nothing, no prefix', schema: { type: 'array', items: nothing }, value: [], want: true },
  { name: 'items nothing, an item', schema: { type: 'array', items: nothing }, value: [1], want: fails('/0', 'not') },
  // dependentRequired: only when the key is present; reported at the object.
  { name: 'card with both', schema: card, value: { card: '1', address: 'a', cvv: '1' }, want: true },
  { name: 'no card, no need', schema: card, value: { address: 'a' }, want: true },
  { name: 'card without cvv', schema: card, value: { card: '1', address: 'a' }, want: fails('', 'dependentRequired') },
  // `{ not: {} }`: a property that must be absent; extras that must be absent.
  { name: 'gone, absent', schema: gone, value: {}, want: true },
  { name: 'gone, present', schema: gone, value: { old: 1 }, want: fails('/old', 'not') },
  { name: 'gone, extra', schema: gone, value: { other: 1 }, want: fails('/other', 'additionalProperties') },
  { name: 'nothing at the root', schema: nothing, value: null, want: fails('', 'not') },
  // Circular through prefixItems ($defs).
  { name: 'tree', schema: tree, value: { name: 'a', children: [{ name: 'b', children: [] }] }, want: true },
  {
    name: 'tree, deep error',
    schema: tree,
    value: { name: 'a', children: [{ name: 'b', children: [{ name: 1 }] }] },
    want: fails('/children/0/children/0/name', 'type'),
  },
  // Pass-through keywords, validated as 2020-12 says.
  {
    name: 'if/then',
    schema: { type: 'object', if: { required: ['a'] }, then: { required: ['b'] } } as SchemaObject,
    value: { a: 1 },
    want: fails('/b', 'required'),
  },
  {
    name: 'if/else',
    schema: {
      type: 'object',
      if: { required: ['a'] },
      then: { required: ['b'] },
      else: { required: ['c'] },
    } as SchemaObject,
    value: {},
    want: fails('/c', 'required'),
  },
  {
    name: 'patternProperties next to additionalProperties: false',
    schema: {
      type: 'object',
      patternProperties: { '^x-': { type: 'string' } },
      additionalProperties: false,
    } as SchemaObject,
    value: { 'x-a': 'ok' },
    want: true,
  },
  {
    name: 'patternProperties, nullable inside',
    schema: { type: 'object', patternProperties: { '^x-': { type: 'string', nullable: true } } } as SchemaObject,
    value: { 'x-a': null },
    want: true,
  },
  {
    name: 'patternProperties, wrong value',
    schema: { type: 'object', patternProperties: { '^x-': { type: 'string' } } } as SchemaObject,
    value: { 'x-a': 1 },
    want: fails('/x-a', 'type'),
  },
  {
    name: 'propertyNames',
    schema: { type: 'object', propertyNames: { pattern: '^[a-z]+$' } } as SchemaObject,
    value: { Abc: 1 },
    want: fails('', 'propertyNames'),
  },
  {
    name: 'contains, too few',
    schema: { type: 'array', contains: { type: 'integer', minimum: 10 }, minContains: 2 } as SchemaObject,
    value: [10, 1],
    want: fails('', 'contains'),
  },
  {
    name: 'contains, too many',
    schema: { type: 'array', contains: { type: 'integer' }, maxContains: 1 } as SchemaObject,
    value: [1, 2],
    want: fails('', 'contains'),
  },
  {
    name: 'dependentSchemas',
    schema: { type: 'object', dependentSchemas: { a: { required: ['b'] } } } as SchemaObject,
    value: { a: 1 },
    want: fails('/b', 'required'),
  },
  {
    name: 'unevaluatedProperties sees allOf',
    schema: {
      type: 'object',
      allOf: [{ properties: { a: { type: 'string' } } }],
      unevaluatedProperties: nothing,
    } as SchemaObject,
    value: { a: 'x' },
    want: true,
  },
  {
    name: 'unevaluatedProperties, an extra',
    schema: {
      type: 'object',
      allOf: [{ properties: { a: { type: 'string' } } }],
      unevaluatedProperties: nothing,
    } as SchemaObject,
    value: { a: 'x', b: 1 },
    want: fails('/b', 'unevaluatedProperties'),
  },
  {
    name: 'unevaluatedItems after prefixItems',
    schema: { type: 'array', prefixItems: [{ type: 'string' }], unevaluatedItems: nothing } as SchemaObject,
    value: ['a', 'b'],
    want: fails('', 'unevaluatedItems'),
  },
  { name: 'not', schema: { type: 'string', not: { enum: ['x'] } }, value: 'x', want: fails('', 'not') },
];

/** A spec whose one operation `op` responds with each schema, by status 200, 201, … */
function specOf(schemas: SchemaObject[], fingerprint: string): LoadedSpec {
  const responses = Object.fromEntries(
    schemas.map((schema, i) => [
      String(200 + i),
      { status: String(200 + i), description: '', headers: {}, content: { 'application/json': { schema } } },
    ]),
  );
  const operation = { operationId: 'op', parameters: { path: [], query: [], header: [], cookie: [] }, responses };
  return { fingerprint, operations: new Map([['op', operation]]) } as unknown as LoadedSpec;
}

/** The standalone code a code cache would store for the schemas, and validators that run it. */
function standaloneOf(schemas: SchemaObject[], fingerprint: string): { code: string; validators: Validator[] } {
  let code = '';
  const validators = createValidators(specOf(schemas, fingerprint), {
    codeCache: {
      load: () => (code === '' ? undefined : evaluateStandaloneCode(code)),
      store: (_fingerprint, stored) => {
        code = stored;
      },
    },
  });
  return { code, validators: schemas.map((_schema, i) => validators.response('op', 200 + i)!) };
}

const standalone = standaloneOf(
  table.map((row) => row.schema),
  'keywords-2020-standalone',
).validators;

const ways: Array<{ how: string; validatorOf: (row: Row) => Validator }> = [
  { how: 'compiled', validatorOf: (row) => compileValidator(row.schema) },
  { how: 'standalone', validatorOf: (row) => standalone[table.indexOf(row)]! },
];

describe.each(ways)('JSON Schema 2020-12 keywords ($how)', ({ validatorOf }: (typeof ways)[number]) => {
  it.each(table)('$name', (row: Row) => {
    const result = validatorOf(row)(row.value);
    if (row.want === true) expect(result).toEqual({ valid: true });
    else {
      expect(result.valid).toBe(false);
      if (!result.valid)
        expect(result.errors.map((e) => ({ pointer: e.pointer, keyword: e.keyword }))).toContainEqual(row.want);
    }
  });
});

describe('messages of the 2020-12 keywords', () => {
  it.each([
    {
      schema: card,
      value: { card: '1', address: 'a' },
      want: 'the value: expected property "cvv" present, since "card" is, got an object with card, address',
    },
    {
      schema: pair,
      value: ['a', 1, 2],
      want: 'the value: expected at most 2 items (none after prefixItems), got an array of 3 items',
    },
    {
      schema: { type: 'object', allOf: [{ properties: { a: {} } }], unevaluatedProperties: nothing } as SchemaObject,
      value: { a: 1, b: 2 },
      want: '/b is not allowed: the schema does not cover this property (remove it)',
    },
    {
      schema: { type: 'object', propertyNames: { maxLength: 3 } } as SchemaObject,
      value: { long: 1 },
      want: 'the value: property name "long": expected at most 3 characters, got "long"',
    },
  ])('$want', ({ schema, value, want }) => {
    const result = compileValidator(schema)(value);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.errors.map((e) => e.message)).toContain(want);
  });
});

describe('what the generated code tracks', () => {
  const circle: SchemaObject = { type: 'object' };
  circle.properties = { next: circle };
  it.each([
    { name: 'plain', schemas: [card, pair], want: false },
    { name: 'circular, none', schemas: [circle], want: false },
    { name: 'unevaluatedProperties', schemas: [{ unevaluatedProperties: nothing } as SchemaObject], want: true },
    {
      name: 'unevaluatedItems in a prefix item',
      schemas: [untyped({ prefixItems: [{ unevaluatedItems: false }] })],
      want: true,
    },
    {
      name: 'under a pattern property of a later schema',
      schemas: [card, { patternProperties: { '^x': { unevaluatedProperties: false } } } as SchemaObject],
      want: true,
    },
  ])('$name: unevaluated* used = $want', ({ schemas, want }) => {
    expect(usesUnevaluated(schemas)).toBe(want);
  });

  it('leaves out the bookkeeping of unevaluated* and $dynamicRef unless a schema needs it', () => {
    const plain = standaloneOf([card, pair, tree], 'tracks-plain').code;
    expect(plain).not.toContain('.evaluated');
    expect(plain).not.toContain('dynamicAnchors');
    const tracking = standaloneOf(
      [card, untyped({ type: 'object', unevaluatedProperties: nothing })],
      'tracks-some',
    ).code;
    expect(tracking).toContain('.evaluated');
    expect(tracking).not.toContain('dynamicAnchors');
  });
});
