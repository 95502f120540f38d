import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/_internals/normalize.ts';
import { normalizeSchemas31 } from '../../src/_internals/normalize-schema-31.ts';
import { walkSchemaSlots } from '../../src/_internals/schema-slots.ts';
import { toPointer } from '../../src/json-pointer.ts';

/** A 3.1 document whose one component schema is `schema`. */
function documentWith(schema: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { openapi: '3.1.0', info: { title: 'Tiny', version: '1' }, components: { schemas: { S: schema } }, ...extra };
}

/** The component schema `S` in the internal form, and the kinds of rewrite recorded. */
function internal(schema: unknown): { schema: unknown; kinds: string[] } {
  const document = documentWith(schema);
  const rewrites = normalizeSchemas31(document);
  return {
    schema: (document.components as { schemas: Record<string, unknown> }).schemas.S,
    kinds: rewrites.map((rewrite) => rewrite.kind),
  };
}

describe('normalizeSchemas31: each 3.1 form and its internal form', () => {
  it.each([
    // type lists and null
    { given: { type: ['string', 'null'] }, want: { nullable: true, type: 'string' }, kinds: ['type-array'] },
    { given: { type: ['null', 'object'] }, want: { nullable: true, type: 'object' }, kinds: ['type-array'] },
    { given: { type: ['string'] }, want: { type: 'string' }, kinds: ['type-array'] },
    { given: { type: 'null' }, want: { nullable: true, enum: [null] }, kinds: ['type-array'] },
    { given: { type: ['null'] }, want: { nullable: true, enum: [null] }, kinds: ['type-array'] },
    // an enum without null rules null out whatever the type says
    {
      given: { type: ['string', 'null'], enum: ['a', 'b'] },
      want: { enum: ['a', 'b'], type: 'string' },
      kinds: ['type-array'],
    },
    // nullable implies null in the enum: listed once, by `nullable`
    {
      given: { type: ['string', 'null'], enum: ['a', null] },
      want: { enum: ['a'], nullable: true, type: 'string' },
      kinds: ['type-array'],
    },
    {
      given: { type: ['string', 'integer'], minLength: 2, minimum: 1, description: 'd' },
      want: {
        description: 'd',
        anyOf: [
          { type: 'string', minLength: 2 },
          { type: 'integer', minimum: 1 },
        ],
      },
      kinds: ['type-array'],
    },
    {
      given: { type: ['array', 'object', 'null'], items: { type: 'string' }, required: ['a'] },
      want: {
        nullable: true,
        anyOf: [
          { type: 'array', items: { type: 'string' } },
          { type: 'object', required: ['a'] },
        ],
      },
      kinds: ['type-array'],
    },
    // an own anyOf stays; the type split joins it through allOf
    {
      given: { type: ['string', 'number'], anyOf: [{ minLength: 1 }, { minimum: 0 }] },
      want: {
        anyOf: [{ minLength: 1 }, { minimum: 0 }],
        allOf: [{ anyOf: [{ type: 'string' }, { type: 'number' }] }],
      },
      kinds: ['type-array'],
    },
    // const, examples, bounds
    { given: { const: 'dog' }, want: { enum: ['dog'] }, kinds: ['const'] },
    { given: { const: { a: [1] } }, want: { enum: [{ a: [1] }] }, kinds: ['const'] },
    { given: { const: 'a', enum: ['a', 'b'] }, want: { enum: ['a'] }, kinds: ['const'] },
    { given: { const: 'c', enum: ['a', 'b'] }, want: { enum: [] }, kinds: ['const'] },
    {
      given: { type: 'string', examples: ['x', 'y'] },
      want: { type: 'string', example: 'x' },
      kinds: ['schema-examples'],
    },
    { given: { example: 'kept', examples: ['x'] }, want: { example: 'kept' }, kinds: ['schema-examples'] },
    { given: { exclusiveMinimum: 0 }, want: { exclusiveMinimum: true, minimum: 0 }, kinds: ['exclusive-bound'] },
    { given: { exclusiveMaximum: 10 }, want: { exclusiveMaximum: true, maximum: 10 }, kinds: ['exclusive-bound'] },
    // the stricter bound wins
    { given: { minimum: 5, exclusiveMinimum: 3 }, want: { minimum: 5 }, kinds: ['exclusive-bound'] },
    {
      given: { minimum: 3, exclusiveMinimum: 3 },
      want: { minimum: 3, exclusiveMinimum: true },
      kinds: ['exclusive-bound'],
    },
    { given: { maximum: 2, exclusiveMaximum: 9 }, want: { maximum: 2 }, kinds: ['exclusive-bound'] },
    // 3.0's nullable means nothing in 3.1
    { given: { type: 'string', nullable: true }, want: { type: 'string' }, kinds: ['nullable-keyword'] },
    // boolean schemas and $ref siblings
    { given: true, want: {}, kinds: ['boolean-schema'] },
    { given: false, want: { not: {} }, kinds: ['boolean-schema'] },
    {
      given: { type: 'object', properties: { a: false }, additionalProperties: true },
      want: { type: 'object', properties: { a: { not: {} } }, additionalProperties: true },
      kinds: ['boolean-schema'],
    },
    {
      given: { $ref: '#/components/schemas/T', description: 'why', 'x-note': 1 },
      want: { $ref: '#/components/schemas/T' },
      kinds: ['ref-siblings'],
    },
    {
      given: { $ref: '#/components/schemas/T', description: 'why', maxLength: 3 },
      want: { description: 'why', maxLength: 3, allOf: [{ $ref: '#/components/schemas/T' }] },
      kinds: ['ref-siblings'],
    },
    { given: { $ref: '#/components/schemas/T' }, want: { $ref: '#/components/schemas/T' }, kinds: [] },
    // "S or null" unions
    {
      given: { anyOf: [{ $ref: '#/components/schemas/T' }, { type: 'null' }], description: 'd' },
      want: { description: 'd', allOf: [{ $ref: '#/components/schemas/T' }], nullable: true },
      kinds: ['null-union'],
    },
    {
      given: { oneOf: [{ type: 'string', minLength: 1 }, { const: null }] },
      want: { type: 'string', minLength: 1, nullable: true },
      kinds: ['null-union'],
    },
    {
      given: { anyOf: [{ type: 'string' }, { type: 'integer' }, { type: ['null'], description: 'none' }] },
      want: { anyOf: [{ type: 'string' }, { type: 'integer' }], nullable: true },
      kinds: ['null-union'],
    },
    // a branch that conflicts with the schema's own keywords stays a branch
    {
      given: { type: 'object', anyOf: [{ type: 'string' }, { enum: [null] }] },
      want: { type: 'object', anyOf: [{ type: 'string' }], nullable: true },
      kinds: ['null-union'],
    },
    // not null-only: null and something else
    {
      given: { anyOf: [{ type: 'string' }, { type: ['null', 'integer'] }] },
      want: { anyOf: [{ type: 'string' }, { type: 'integer', nullable: true }] },
      kinds: ['type-array'],
    },
    // untouched: the 2020-12 keywords the internal form keeps
    {
      given: { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'number' } },
      want: { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'number' } },
      kinds: [],
    },
    {
      given: { type: 'object', dependentRequired: { a: ['b'] } },
      want: { type: 'object', dependentRequired: { a: ['b'] } },
      kinds: [],
    },
    {
      given: { type: 'string', contentMediaType: 'application/json', contentEncoding: 'base64' },
      want: { type: 'string', contentMediaType: 'application/json', contentEncoding: 'base64' },
      kinds: [],
    },
  ])('$given', ({ given, want, kinds }) => {
    const result = internal(structuredClone(given));
    expect(result.schema).toStrictEqual(want);
    expect(result.kinds).toStrictEqual(kinds);
  });

  it('reaches subschemas under every keyword that holds one', () => {
    const leaf = (): unknown => ({ type: ['integer', 'null'] });
    const schema = {
      properties: { p: leaf() },
      patternProperties: { '^x': leaf() },
      additionalProperties: leaf(),
      items: leaf(),
      prefixItems: [leaf()],
      allOf: [leaf()],
      anyOf: [leaf()],
      oneOf: [leaf()],
      not: leaf(),
      if: leaf(),
      then: leaf(),
      else: leaf(),
      contains: leaf(),
      propertyNames: leaf(),
      dependentSchemas: { d: leaf() },
      unevaluatedProperties: leaf(),
      unevaluatedItems: leaf(),
      $defs: { D: leaf() },
    };
    const document = documentWith(schema);
    const rewrites = normalizeSchemas31(document);
    expect(rewrites).toHaveLength(18);
    expect(JSON.stringify(document)).not.toContain('"null"');
    expect(rewrites.map((rewrite) => rewrite.pointer)).toContain('/components/schemas/S/dependentSchemas/d');
  });

  it('leaves literal values alone, even when they look like 3.1 schemas', () => {
    const literal = { type: ['string', 'null'], const: 1, examples: [1] };
    const schema = { type: 'object', default: literal, enum: [literal], example: literal };
    const document = documentWith(schema);
    expect(normalizeSchemas31(document)).toStrictEqual([]);
    expect((document.components as { schemas: { S: unknown } }).schemas.S).toStrictEqual(structuredClone(schema));
  });

  it('reaches the schemas of parameters, headers, bodies, responses, callbacks and webhooks', () => {
    const nullableString = (): unknown => ({ type: ['string', 'null'] });
    const media = (): unknown => ({ 'application/json': { schema: nullableString(), example: { type: ['x'] } } });
    const operation = (): unknown => ({
      parameters: [{ name: 'q', in: 'query', schema: nullableString() }],
      requestBody: { content: media() },
      responses: {
        '200': { description: 'ok', headers: { 'X-A': { schema: nullableString() } }, content: media() },
      },
      callbacks: { onEvent: { '{$request.body#/url}': { post: { requestBody: { content: media() } } } } },
    });
    const document = documentWith(nullableString(), {
      paths: { '/a': { parameters: [{ name: 'h', in: 'header', schema: nullableString() }], get: operation() } },
      webhooks: { hook: { post: operation() } },
    });
    Object.assign(document.components as object, {
      parameters: { P: { name: 'p', in: 'query', content: media() } },
      headers: { H: { schema: nullableString() } },
      requestBodies: { B: { content: media() } },
      responses: { R: { description: 'r', content: media() } },
      pathItems: { I: { get: operation() } },
    });
    const pointers = normalizeSchemas31(document).map((rewrite) => rewrite.pointer);
    expect(pointers).toContain('/paths/~1a/parameters/0/schema');
    expect(pointers).toContain(
      '/paths/~1a/get/callbacks/onEvent/{$request.body#~1url}/post/requestBody/content/application~1json/schema',
    );
    expect(pointers).toContain('/webhooks/hook/post/responses/200/headers/X-A/schema');
    expect(pointers).toContain('/components/pathItems/I/get/requestBody/content/application~1json/schema');
    expect(pointers).toContain('/components/parameters/P/content/application~1json/schema');
    expect(pointers).toHaveLength(1 + 1 + 5 * 3 + 4);
    // the media type's own example is literal data
    expect(JSON.stringify(document)).toContain('"example":{"type":["x"]}');
  });
});

describe('walkSchemaSlots', () => {
  it('visits a shared schema object once, and a $ref without following it', () => {
    const shared = { type: 'string' };
    const document = documentWith({ properties: { a: shared, b: shared, c: { $ref: '#/components/schemas/T' } } });
    const seen: string[] = [];
    walkSchemaSlots(document, (slot) => seen.push(toPointer(slot.path)));
    expect(seen).toStrictEqual([
      '/components/schemas/S',
      '/components/schemas/S/properties/a',
      '/components/schemas/S/properties/b',
      '/components/schemas/S/properties/c',
    ]);
  });
});

describe('normalize on a 3.1 document', () => {
  const pathItem = {
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
    get: { operationId: 'getPet', responses: { '200': { description: 'ok' } } },
  };

  it('copies a Path Item $ref in place, once per route, with its own summary over the target', () => {
    const document: Record<string, unknown> = {
      openapi: '3.1.0',
      info: { title: 'Tiny', version: '1' },
      paths: {
        '/pets/{id}': { $ref: '#/components/pathItems/Pet', summary: 'one pet' },
        '/dogs/{id}': { $ref: '#/components/pathItems/Pet' },
      },
      components: { pathItems: { Pet: structuredClone(pathItem) } },
    };
    const rewrites = normalize(document);
    const paths = document.paths as Record<string, Record<string, unknown>>;
    expect(paths['/pets/{id}']!.summary).toBe('one pet');
    expect(paths['/dogs/{id}']!.summary).toBeUndefined();
    expect(paths['/pets/{id}']!.get).not.toBe(paths['/dogs/{id}']!.get);
    expect(
      rewrites.filter((rewrite) => rewrite.kind === 'path-item-ref').map((rewrite) => rewrite.pointer),
    ).toStrictEqual(['/paths/~1pets~1{id}', '/paths/~1dogs~1{id}']);
    // the parameter rewrites that follow see the copied operations
    expect(rewrites.filter((rewrite) => rewrite.kind === 'path-level-parameter')).toHaveLength(2);
  });

  it('keeps a 3.0 document as it was: its nullable stays, a type list is not read as 3.1', () => {
    const document = {
      openapi: '3.0.3',
      info: { title: 'Tiny', version: '1' },
      paths: {},
      components: { schemas: { S: { type: 'string', nullable: true, 'x-nullable': true } } },
    };
    const rewrites = normalize(document);
    expect(rewrites.map((rewrite) => rewrite.kind)).toStrictEqual(['x-nullable']);
    expect(document.components.schemas.S).toStrictEqual({ type: 'string', nullable: true });
  });

  it('brings a 3.1 schema and the 3.0 schema it was converted from to the same internal form', () => {
    const from30 = { type: 'integer', nullable: true, minimum: 0, exclusiveMinimum: true, example: 3, enum: [1, 2, 3] };
    const from31 = { type: ['integer', 'null'], exclusiveMinimum: 0, examples: [3], enum: [1, 2, 3, null] };
    const document30 = {
      openapi: '3.0.3',
      info: { title: 'T', version: '1' },
      paths: {},
      components: { schemas: { S: from30 } },
    };
    const document31 = documentWith(from31, { paths: {} });
    normalize(document30);
    normalize(document31);
    const sorted = (value: object): string => JSON.stringify(Object.fromEntries(Object.entries(value).sort()));
    expect(sorted((document31.components as { schemas: { S: object } }).schemas.S)).toBe(
      sorted(document30.components.schemas.S),
    );
  });
});

describe('canonicalNullable, through normalize (both versions)', () => {
  /** The component schema `S` of a 3.0 document after `normalize`, and the kinds of rewrite recorded. */
  const normalized30 = (schema: unknown): { schema: unknown; kinds: string[] } => {
    const document = {
      openapi: '3.0.3',
      info: { title: 'T', version: '1' },
      paths: {},
      components: { schemas: { S: schema } },
    };
    const kinds = normalize(document).map((rewrite) => rewrite.kind);
    return { schema: document.components.schemas.S, kinds };
  };

  it.each([
    {
      given: { description: 'd', 'x-nullable': true },
      want: { description: 'd' },
      kinds: ['x-nullable', 'nullable-form'],
    },
    { given: { enum: ['a'], nullable: true }, want: { enum: ['a', null] }, kinds: ['nullable-form'] },
    { given: { enum: ['a', null], nullable: true }, want: { enum: ['a', null] }, kinds: ['nullable-form'] },
    {
      given: { type: 'string', enum: ['a', null], nullable: true },
      want: { type: 'string', enum: ['a'], nullable: true },
      kinds: ['nullable-form'],
    },
    {
      given: { type: 'string', enum: [null], nullable: true },
      want: { type: 'string', enum: [null], nullable: true },
      kinds: [],
    },
    {
      given: { allOf: [{ type: 'string' }], nullable: true },
      want: { allOf: [{ type: 'string' }], nullable: true },
      kinds: [],
    },
    { given: { type: 'string', nullable: true }, want: { type: 'string', nullable: true }, kinds: [] },
  ])('$given', ({ given, want, kinds }) => {
    const result = normalized30(given);
    expect(result.schema).toStrictEqual(want);
    expect(result.kinds).toStrictEqual(kinds);
  });
});
