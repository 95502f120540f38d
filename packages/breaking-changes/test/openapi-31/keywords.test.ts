import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/index.ts';
import { load, valueDocument, verdicts, type Doc, type VerdictRow } from '../support/openapi-31.ts';

// OpenAPI 3.1 (JSON Schema 2020-12) keywords, each in hand-written 3.1 documents on both sides, judged
// from first principles: a request breaks when the set of values the server accepts shrinks, a response
// when the set of values a client may receive grows. Every pair is read both ways, so each row holds a
// change that must be reported and its reverse; rows with no change at all are the near misses.

const body = (old: unknown, next: unknown, components?: Doc) => ({
  old: valueDocument('request', old, components),
  new: valueDocument('request', next, components),
});
const field = (old: unknown, next: unknown, components?: Doc) => ({
  old: valueDocument('response', old, components),
  new: valueDocument('response', next, components),
});
const row = (given: string, pair: { old: Doc; new: Doc }, forward: string[], backward: string[]): VerdictRow => ({
  given,
  ...pair,
  forward,
  backward,
});

const name = { type: 'object', properties: { id: { type: 'string' } } };
const pair = (...items: unknown[]) => ({ type: 'array', prefixItems: items });
const card = (extra: Doc = {}) => ({
  type: 'object',
  properties: { card: { type: 'string' }, billing: { type: 'string' } },
  ...extra,
});

const typeArraysWithNull: VerdictRow[] = [
  row(
    'a type array gains null in a response: clients meet null',
    field({ type: 'string' }, { type: ['string', 'null'] }),
    ['response-property-became-nullable@error'],
    ['response-property-became-not-nullable@info'],
  ),
  row(
    'a type array gains null in a request: the server takes more',
    body({ type: 'string' }, { type: ['string', 'null'] }),
    ['request-became-nullable@info'],
    ['request-became-not-nullable@error'],
  ),
  row('null moves within the type array', field({ type: ['string', 'null'] }, { type: ['null', 'string'] }), [], []),
  row(
    'a $ref becomes anyOf [$ref, {type: null}] in a response',
    field(
      { $ref: '#/components/schemas/Name' },
      { anyOf: [{ $ref: '#/components/schemas/Name' }, { type: 'null' }] },
      {
        schemas: { Name: name },
      },
    ),
    ['response-property-became-nullable@error'],
    ['response-property-became-not-nullable@info'],
  ),
  row(
    'a nullable request enum loses null, from the enum and the type array',
    body({ type: ['string', 'null'], enum: ['setup', null] }, { type: 'string', enum: ['setup'] }),
    ['request-became-not-nullable@error'],
    ['request-became-nullable@info'],
  ),
];

const typeLists: VerdictRow[] = [
  row(
    'a request type list [string, integer] narrowed to string',
    body({ type: ['string', 'integer'] }, { type: 'string' }),
    ['request-branch-removed@error'],
    ['request-branch-added@info'],
  ),
  row(
    'a response type widened from string to [string, integer]',
    field({ type: 'string' }, { type: ['string', 'integer'] }),
    ['response-branch-added@error'],
    ['response-branch-removed@info'],
  ),
  row('a type list reordered', field({ type: ['string', 'integer'] }, { type: ['integer', 'string'] }), [], []),
  row(
    'a nullable request type list loses integer: null stays accepted',
    body({ type: ['string', 'integer', 'null'] }, { type: ['string', 'null'] }),
    ['request-branch-removed@error'],
    ['request-branch-added@info'],
  ),
  row(
    'a request string enum widened to a type list beside its enum: only the enum grows',
    body({ type: 'string', enum: ['a'] }, { type: ['string', 'integer'], enum: ['a', 1] }),
    ['request-enum-value-added@info'],
    ['request-enum-value-removed@error'],
  ),
  row(
    "a type list's numeric bound is its integer branch's: raised in a response",
    field({ type: ['integer', 'string'], maximum: 10 }, { type: ['integer', 'string'], maximum: 20 }),
    ['response-maximum-increased@warn'],
    ['response-maximum-decreased@info'],
  ),
];

const consts: VerdictRow[] = [
  row(
    'a request const changes value',
    body({ const: 'a' }, { const: 'b' }),
    ['request-enum-value-added@info', 'request-enum-value-removed@error'],
    ['request-enum-value-added@info', 'request-enum-value-removed@error'],
  ),
  row('a const written as a one-value enum', field({ const: 'a' }, { enum: ['a'] }), [], []),
  row(
    'a response string limited to a const',
    field({ type: 'string' }, { type: 'string', const: 'a' }),
    ['response-enum-added@info'],
    ['response-enum-removed@warn'],
  ),
];

const examples: VerdictRow[] = [
  row(
    'schema examples change (docs only)',
    field({ type: 'integer', examples: [1] }, { type: 'integer', examples: [2, 3] }),
    [],
    [],
  ),
];

const exclusiveBounds: VerdictRow[] = [
  row(
    'a request minimum becomes an exclusive minimum: 0 is refused',
    body({ type: 'number', minimum: 0 }, { type: 'number', exclusiveMinimum: 0 }),
    ['request-minimum-increased@error'],
    ['request-minimum-decreased@info'],
  ),
  row(
    'a response exclusive maximum becomes inclusive: 10 may arrive',
    field({ type: 'number', exclusiveMaximum: 10 }, { type: 'number', maximum: 10 }),
    ['response-maximum-increased@warn'],
    ['response-maximum-decreased@info'],
  ),
  row(
    'an integer above 0 is an integer from 1',
    body({ type: 'integer', exclusiveMinimum: 0 }, { type: 'integer', minimum: 1 }),
    [],
    [],
  ),
];

const prefixItems: VerdictRow[] = [
  row(
    'a request prefix item narrowed',
    body(pair({ type: 'string' }, { type: 'integer' }), pair({ type: 'string', maxLength: 3 }, { type: 'integer' })),
    ['request-max-length-decreased@error'],
    ['request-max-length-increased@info'],
  ),
  row(
    'a request prefix item added where any item was accepted',
    body(pair({ type: 'string' }), pair({ type: 'string' }, { type: 'integer' })),
    ['request-property-type-changed@error'],
    ['request-property-type-widened@info'],
  ),
  row(
    'a request tuple closed with items: false',
    body(pair({ type: 'string' }, { type: 'integer' }), {
      ...pair({ type: 'string' }, { type: 'integer' }),
      items: false,
    }),
    ['request-max-items-decreased@error'],
    ['request-max-items-increased@info'],
  ),
  row(
    'a response prefix item widened',
    field(pair({ type: 'string', maxLength: 3 }), pair({ type: 'string' })),
    ['response-max-length-increased@warn'],
    ['response-max-length-decreased@info'],
  ),
  row(
    'a response tuple opened after its prefix',
    field({ ...pair({ type: 'string' }), items: false }, pair({ type: 'string' })),
    ['response-max-items-increased@warn'],
    ['response-max-items-decreased@info'],
  ),
  row(
    'a request tail after the prefix, open, given a schema',
    body(pair({ type: 'string' }), { ...pair({ type: 'string' }), items: { type: 'integer' } }),
    ['request-property-type-changed@error'],
    ['request-property-type-widened@info'],
  ),
  row(
    'a response tail after the prefix loses its schema (any item now)',
    field({ ...pair({ type: 'string' }), items: { type: 'integer' } }, pair({ type: 'string' })),
    ['response-property-type-changed@error'],
    ['response-property-type-narrowed@info'],
  ),
  row(
    'an item covered by items becomes a prefix item of the same schema',
    body(
      { ...pair({ type: 'string' }), items: { type: 'integer' } },
      { ...pair({ type: 'string' }, { type: 'integer' }), items: { type: 'integer' } },
    ),
    [],
    [],
  ),
];

const dependentRequired: VerdictRow[] = [
  row(
    'a request gains dependentRequired: card needs billing',
    body(card(), card({ dependentRequired: { card: ['billing'] } })),
    ['request-dependent-required-added@error'],
    ['request-dependent-required-removed@info'],
  ),
  row(
    'a response loses dependentRequired: billing no longer comes with card',
    field(card({ dependentRequired: { card: ['billing'] } }), card()),
    ['response-dependent-required-removed@error'],
    ['response-dependent-required-added@info'],
  ),
  row(
    'a dependency on a name required anyway',
    body(card({ required: ['billing'] }), card({ required: ['billing'], dependentRequired: { card: ['billing'] } })),
    [],
    [],
  ),
];

/** `Pet`, whose `tag` is a `$defs` entry of its own. */
const pet = (tag: Doc) => ({
  schemas: {
    Pet: {
      type: 'object',
      properties: { tag: { $ref: '#/components/schemas/Pet/$defs/Tag' } },
      $defs: { Tag: tag },
    },
  },
});
const petRef = { $ref: '#/components/schemas/Pet' };

const defs: VerdictRow[] = [
  row(
    'a $defs entry reached by $ref widens in a response',
    {
      old: valueDocument('response', petRef, pet({ type: 'string', maxLength: 5 })),
      new: valueDocument('response', petRef, pet({ type: 'string', maxLength: 10 })),
    },
    ['response-max-length-increased@warn'],
    ['response-max-length-decreased@info'],
  ),
  row(
    'an inline schema moved into $defs',
    {
      old: valueDocument('response', { type: 'object', properties: { tag: { type: 'string', maxLength: 5 } } }),
      new: valueDocument('response', petRef, pet({ type: 'string', maxLength: 5 })),
    },
    [],
    [],
  ),
];

const content: VerdictRow[] = [
  row(
    'a response string changes contentEncoding',
    field({ type: 'string', contentEncoding: 'base64' }, { type: 'string', contentEncoding: 'base32' }),
    ['response-content-encoding-changed@error'],
    ['response-content-encoding-changed@error'],
  ),
  row(
    'a request string gains contentEncoding',
    body({ type: 'string' }, { type: 'string', contentEncoding: 'base64' }),
    ['request-content-encoding-changed@error'],
    ['request-content-encoding-changed@error'],
  ),
  row(
    'a request string changes contentMediaType',
    body(
      { type: 'string', contentMediaType: 'application/json' },
      { type: 'string', contentMediaType: 'application/xml' },
    ),
    ['request-content-media-type-changed@error'],
    ['request-content-media-type-changed@error'],
  ),
  row(
    'a response string gains contentMediaType',
    field({ type: 'string' }, { type: 'string', contentMediaType: 'application/json' }),
    ['response-content-media-type-added@info'],
    ['response-content-media-type-removed@warn'],
  ),
  row(
    'contentMediaType gains a charset',
    field(
      { type: 'string', contentMediaType: 'application/json' },
      { type: 'string', contentMediaType: 'application/json; charset=utf-8' },
    ),
    [],
    [],
  ),
];

const refSiblings: VerdictRow[] = [
  row(
    'a $ref gains a description beside it',
    field(
      { $ref: '#/components/schemas/Name' },
      { $ref: '#/components/schemas/Name', description: 'who' },
      {
        schemas: { Name: name },
      },
    ),
    [],
    [],
  ),
  row(
    'a request $ref gains a maxLength beside it: 3.1 applies both',
    body(
      { $ref: '#/components/schemas/Code' },
      { $ref: '#/components/schemas/Code', maxLength: 5 },
      {
        schemas: { Code: { type: 'string' } },
      },
    ),
    ['request-max-length-decreased@error'],
    ['request-max-length-increased@info'],
  ),
];

const booleanSchemas: VerdictRow[] = [
  row(
    'a request property schema true becomes false: the property is refused',
    body({ type: 'object', properties: { extra: true } }, { type: 'object', properties: { extra: false } }),
    ['request-property-type-changed@error'],
    ['request-property-type-widened@info'],
  ),
  row(
    'additionalProperties false, written either way',
    field({ type: 'object', additionalProperties: false }, { type: 'object', additionalProperties: { not: {} } }),
    [],
    [],
  ),
];

describe.each([
  { keyword: 'type arrays with null', rows: typeArraysWithNull },
  { keyword: 'type lists of several types', rows: typeLists },
  { keyword: 'const', rows: consts },
  { keyword: 'examples', rows: examples },
  { keyword: 'numeric exclusive bounds', rows: exclusiveBounds },
  { keyword: 'prefixItems', rows: prefixItems },
  { keyword: 'dependentRequired', rows: dependentRequired },
  { keyword: '$defs reached by $ref', rows: defs },
  { keyword: 'contentMediaType and contentEncoding', rows: content },
  { keyword: '$ref with sibling keywords', rows: refSiblings },
  { keyword: 'boolean schemas', rows: booleanSchemas },
])('3.1 $keyword, each pair read both ways', ({ rows }) => {
  it.each(rows)('$given', async ({ old, new: next, forward, backward }) => {
    expect(await verdicts(old, next)).toEqual([...forward].sort());
    expect(await verdicts(next, old)).toEqual([...backward].sort());
  });
});

describe('3.1 schema examples', () => {
  it('are reported as a docs change with includeDocs, at info', async () => {
    const pair = field({ type: 'integer', examples: [1] }, { type: 'integer', examples: [2] });
    expect(await verdicts(pair.old, pair.new, { includeDocs: true })).toEqual(['schema-example-changed@info']);
  });
});

describe('the messages of 3.1 changes', () => {
  it('name the prefix position and the type list branch', async () => {
    const tuple = body(pair({ type: 'string' }), pair({ type: 'string', maxLength: 3 }));
    const [change] = diffSpecs(await load(tuple.old), await load(tuple.new));
    expect(change).toMatchObject({
      message: 'request body property `value[0]`: `maxLength` tightened from none to 3',
      subjects: ['value'],
      new: '/paths/~1thing/post/requestBody/content/application~1json/schema/properties/value/prefixItems/0',
    });
    const list = body({ type: ['string', 'integer'] }, { type: 'string' });
    const [narrowed] = diffSpecs(await load(list.old), await load(list.new));
    expect(narrowed?.message).toContain('branch #2 (integer) removed');
  });
});
