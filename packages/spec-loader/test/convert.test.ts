import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateOpenApi31 } from '../generated/openapi-v31-validator.ts';
import { convertSpec, type ConvertChange } from '../src/convert.ts';
import { SpecError } from '../src/spec-error.ts';
import { CURRENT_SPEC, CURRENT_SPEC_YAML } from './support/shared-specs.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A value with every object turned into its entries, so that `toEqual` checks key order too. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  return Object.entries(value).map(([key, item]) => [key, ordered(item)]);
}

/** A 3.0 document holding `schemas` under components.schemas, as JSON text. */
function withSchemas(schemas: Record<string, Json>): string {
  return JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, components: { schemas } });
}

/** Converts JSON text and parses the JSON output. */
async function convertJson(text: string): Promise<{ document: Record<string, Json>; changes: ConvertChange[] }> {
  const result = await convertSpec(text, { to: '3.1' });
  expect(result.format).toBe('json');
  return { document: JSON.parse(result.text) as Record<string, Json>, changes: result.changes };
}

/** The schema `name` of a converted document built by {@link withSchemas}. */
function schemaOf(document: Record<string, Json>, name: string): Json {
  return ((document.components as Record<string, Json>).schemas as Record<string, Json>)[name]!;
}

const REF = { $ref: '#/components/schemas/Other' };

/** One rule, from first principles: the 3.0 schema, the 3.1 schema it means, the kinds of the changes. */
const RULES: Array<{ rule: string; given: Json; want: Json; kinds: string[] }> = [
  {
    rule: 'nullable with a type becomes a type list, in the place of type',
    given: { description: 'd', type: 'string', format: 'uuid', nullable: true },
    want: { description: 'd', type: ['string', 'null'], format: 'uuid' },
    kinds: ['nullable'],
  },
  {
    rule: 'nullable before type: the list is still where type was',
    given: { nullable: true, maxLength: 3, type: 'string' },
    want: { maxLength: 3, type: ['string', 'null'] },
    kinds: ['nullable'],
  },
  {
    rule: "nullable with an enum that lacks null: null appended (a nullable schema's enum allows null)",
    given: { type: 'string', enum: ['a', 'b'], nullable: true },
    want: { type: ['string', 'null'], enum: ['a', 'b', null] },
    kinds: ['nullable'],
  },
  {
    rule: 'nullable with an enum that has null: the enum is left as it is',
    given: { type: 'string', enum: [null, 'a'], nullable: true },
    want: { type: ['string', 'null'], enum: [null, 'a'] },
    kinds: ['nullable'],
  },
  {
    rule: "Swagger's x-nullable reads as nullable",
    given: { type: 'integer', 'x-nullable': true, minimum: 0 },
    want: { type: ['integer', 'null'], minimum: 0 },
    kinds: ['nullable'],
  },
  {
    rule: 'nullable: false goes',
    given: { type: 'boolean', nullable: false },
    want: { type: 'boolean' },
    kinds: ['nullable'],
  },
  {
    rule: 'x-nullable: false goes',
    given: { type: 'boolean', 'x-nullable': false, description: 'd' },
    want: { type: 'boolean', description: 'd' },
    kinds: ['nullable'],
  },
  {
    rule: 'nullable and x-nullable together: one type list, both go',
    given: { type: 'number', nullable: true, 'x-nullable': true },
    want: { type: ['number', 'null'] },
    kinds: ['nullable'],
  },
  {
    rule: 'nullable over a lone allOf item: anyOf of that item and null, annotations at the top',
    given: { description: 'd', allOf: [REF], nullable: true, readOnly: true },
    want: { description: 'd', anyOf: [REF, { type: 'null' }], readOnly: true },
    kinds: ['nullable'],
  },
  {
    rule: 'nullable over several allOf items: the allOf is the first branch',
    given: { title: 't', nullable: true, allOf: [REF, { required: ['a'] }] },
    want: { title: 't', anyOf: [{ allOf: [REF, { required: ['a'] }] }, { type: 'null' }] },
    kinds: ['nullable'],
  },
  {
    rule: 'nullable beside a $ref: ignored by 3.0, so dropped; its description stays',
    given: { $ref: '#/components/schemas/Other', description: 'd', nullable: true },
    want: { $ref: '#/components/schemas/Other', description: 'd' },
    kinds: ['ref-siblings'],
  },
  {
    rule: 'x-nullable beside a $ref: dropped as nullable is; other extensions stay',
    given: { $ref: '#/components/schemas/Other', 'x-nullable': true, 'x-kind': 'k' },
    want: { $ref: '#/components/schemas/Other', 'x-kind': 'k' },
    kinds: ['ref-siblings'],
  },
  {
    rule: 'nullable over oneOf with a discriminator: both go into the branch',
    given: {
      oneOf: [REF, { type: 'object' }],
      discriminator: { propertyName: 'kind' },
      'x-nullable': true,
      description: 'd',
    },
    want: {
      anyOf: [{ oneOf: [REF, { type: 'object' }], discriminator: { propertyName: 'kind' } }, { type: 'null' }],
      description: 'd',
    },
    kinds: ['nullable'],
  },
  {
    rule: 'nullable over a lone anyOf: a null branch appended to it',
    given: { anyOf: [{ type: 'string' }, { type: 'integer' }], nullable: true },
    want: { anyOf: [{ type: 'string' }, { type: 'integer' }, { type: 'null' }] },
    kinds: ['nullable'],
  },
  {
    rule: 'nullable over not: not is the first branch',
    given: { not: { type: 'string' }, nullable: true },
    want: { anyOf: [{ not: { type: 'string' } }, { type: 'null' }] },
    kinds: ['nullable'],
  },
  {
    rule: 'nullable without type nor combination: null is already allowed, the keyword goes',
    given: { description: 'any value', 'x-nullable': true, example: 'x' },
    want: { description: 'any value', examples: ['x'] },
    kinds: ['nullable', 'example'],
  },
  {
    rule: 'nullable with an enum and no type: null appended to the enum',
    given: { enum: ['a'], nullable: true },
    want: { enum: ['a', null] },
    kinds: ['nullable'],
  },
  {
    rule: 'exclusiveMinimum: true takes the number of minimum, in its place',
    given: { type: 'integer', minimum: 1, maximum: 9, exclusiveMinimum: true },
    want: { type: 'integer', exclusiveMinimum: 1, maximum: 9 },
    kinds: ['exclusive-bound'],
  },
  {
    rule: 'exclusiveMaximum: true takes the number of maximum, in its place',
    given: { exclusiveMaximum: true, type: 'number', maximum: 2.5 },
    want: { type: 'number', exclusiveMaximum: 2.5 },
    kinds: ['exclusive-bound'],
  },
  {
    rule: 'exclusive bounds set to false go, the bounds stay',
    given: { type: 'integer', minimum: 0, exclusiveMinimum: false, maximum: 5, exclusiveMaximum: false },
    want: { type: 'integer', minimum: 0, maximum: 5 },
    kinds: ['exclusive-bound', 'exclusive-bound'],
  },
  {
    rule: 'exclusiveMinimum: true without minimum bounds nothing and goes',
    given: { type: 'integer', exclusiveMinimum: true },
    want: { type: 'integer' },
    kinds: ['exclusive-bound'],
  },
  {
    rule: 'a schema example becomes a one-item examples list, in its place, its value untouched',
    given: { type: 'object', example: { nullable: true, example: 1 }, properties: {} },
    want: { type: 'object', examples: [{ nullable: true, example: 1 }], properties: {} },
    kinds: ['example'],
  },
  {
    rule: 'an example of null is still an example',
    given: { type: 'string', nullable: true, example: null },
    want: { type: ['string', 'null'], examples: [null] },
    kinds: ['nullable', 'example'],
  },
  {
    rule: '$ref siblings: description, summary and x- stay, the rest (ignored by 3.0) goes',
    given: { $ref: '#/components/schemas/Other', description: 'd', readOnly: true, example: 1, 'x-go-name': 'O' },
    want: { $ref: '#/components/schemas/Other', description: 'd', 'x-go-name': 'O' },
    kinds: ['ref-siblings'],
  },
  {
    rule: 'a lone $ref is left as it is',
    given: REF,
    want: REF,
    kinds: [],
  },
  {
    rule: 'enum values and defaults that look like keywords are data, left as they are',
    given: { type: 'string', enum: ['nullable', 'example'], default: 'nullable' },
    want: { type: 'string', enum: ['nullable', 'example'], default: 'nullable' },
    kinds: [],
  },
  {
    rule: 'a default object holding nullable and example is data',
    given: { type: 'object', default: { nullable: true, example: 'x', exclusiveMinimum: true, minimum: 1 } },
    want: { type: 'object', default: { nullable: true, example: 'x', exclusiveMinimum: true, minimum: 1 } },
    kinds: [],
  },
];

describe('convertSpec: one rule at a time', () => {
  it.each(RULES)('$rule', async ({ given, want, kinds }) => {
    const { document, changes } = await convertJson(withSchemas({ S: given, Other: { type: 'string' } }));
    expect(ordered(schemaOf(document, 'S'))).toEqual(ordered(want));
    expect(changes.map((change) => change.kind)).toEqual(kinds);
    for (const change of changes) expect(change.pointer).toBe('/components/schemas/S');
  });

  it('says what each rewrite did', async () => {
    const { changes } = await convertJson(
      withSchemas({
        A: { type: 'string', 'x-nullable': true, enum: ['a'] },
        B: { type: 'integer', minimum: 3, exclusiveMinimum: true },
        C: { $ref: '#/components/schemas/A', readOnly: true, example: 1 },
      }),
    );
    expect(changes).toEqual([
      {
        kind: 'nullable',
        pointer: '/components/schemas/A',
        message: 'x-nullable: true → type: [string, "null"], null appended to enum',
      },
      {
        kind: 'exclusive-bound',
        pointer: '/components/schemas/B',
        message: 'exclusiveMinimum: true, minimum: 3 → exclusiveMinimum: 3',
      },
      {
        kind: 'ref-siblings',
        pointer: '/components/schemas/C',
        message: 'dropped readOnly, example beside $ref: OpenAPI 3.0 ignores them, 3.1 would apply them',
      },
    ]);
  });
});

/** A schema that needs one rewrite, and what it becomes. */
const NULLABLE = { type: 'string', nullable: true };
const CONVERTED = { type: ['string', 'null'] };

/** A document with {@link NULLABLE} in every place OpenAPI 3.0 puts a schema, and data that looks like one elsewhere. */
function everywhere(): Record<string, unknown> {
  const content = {
    'application/json': {
      schema: NULLABLE,
      example: { nullable: true, example: 1 },
      examples: { one: { summary: 's', value: { type: 'string', nullable: true } } },
      encoding: { part: { headers: { 'X-Part': { schema: NULLABLE } } } },
    },
  };
  const operation = {
    parameters: [
      { name: 'q', in: 'query', schema: NULLABLE, example: { nullable: true } },
      { name: 'c', in: 'query', content: { 'application/json': { schema: NULLABLE } } },
      { $ref: '#/components/parameters/P' },
    ],
    requestBody: { content },
    responses: {
      '200': { description: 'ok', headers: { 'X-Rate': { schema: NULLABLE } }, content },
    },
    callbacks: {
      onEvent: {
        '{$request.body#/url}': {
          post: { requestBody: { content: { 'application/json': { schema: NULLABLE } } }, responses: {} },
        },
      },
    },
  };
  return {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: { '/a': { parameters: [{ name: 'p', in: 'query', schema: NULLABLE }], get: operation } },
    components: {
      schemas: {
        Nested: {
          type: 'object',
          properties: { nullable: NULLABLE, example: NULLABLE },
          additionalProperties: NULLABLE,
          allOf: [NULLABLE],
          oneOf: [NULLABLE],
          anyOf: [NULLABLE],
          not: NULLABLE,
        },
        List: { type: 'array', items: NULLABLE },
      },
      parameters: { P: { name: 'p', in: 'header', schema: NULLABLE } },
      headers: { H: { schema: NULLABLE } },
      requestBodies: { B: { content: { 'text/plain': { schema: NULLABLE } } } },
      responses: { R: { description: 'r', content: { 'text/plain': { schema: NULLABLE } } } },
      callbacks: { C: { '{$url}': { put: { parameters: [{ name: 'x', in: 'query', schema: NULLABLE }] } } } },
      examples: { E: { value: { type: 'string', nullable: true } } },
    },
  };
}

/** Every schema place in {@link everywhere}, as JSON pointers, in document order. */
const SCHEMA_PLACES = [
  '/paths/~1a/parameters/0/schema',
  '/paths/~1a/get/parameters/0/schema',
  '/paths/~1a/get/parameters/1/content/application~1json/schema',
  '/paths/~1a/get/requestBody/content/application~1json/schema',
  '/paths/~1a/get/requestBody/content/application~1json/encoding/part/headers/X-Part/schema',
  '/paths/~1a/get/responses/200/headers/X-Rate/schema',
  '/paths/~1a/get/responses/200/content/application~1json/schema',
  '/paths/~1a/get/responses/200/content/application~1json/encoding/part/headers/X-Part/schema',
  '/paths/~1a/get/callbacks/onEvent/{$request.body#~1url}/post/requestBody/content/application~1json/schema',
  '/components/schemas/Nested/properties/nullable',
  '/components/schemas/Nested/properties/example',
  '/components/schemas/Nested/additionalProperties',
  '/components/schemas/Nested/allOf/0',
  '/components/schemas/Nested/oneOf/0',
  '/components/schemas/Nested/anyOf/0',
  '/components/schemas/Nested/not',
  '/components/schemas/List/items',
  '/components/parameters/P/schema',
  '/components/headers/H/schema',
  '/components/requestBodies/B/content/text~1plain/schema',
  '/components/responses/R/content/text~1plain/schema',
  '/components/callbacks/C/{$url}/put/parameters/0/schema',
];

/** The value at a JSON pointer. */
function at(document: unknown, pointer: string): unknown {
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, token) => (node as Record<string, unknown>)[token], document);
}

describe('convertSpec: where schemas are', () => {
  it('rewrites every schema place, in document order, and nothing else', async () => {
    const { document, changes } = await convertJson(JSON.stringify(everywhere()));
    expect(changes.map((change) => change.pointer)).toEqual(SCHEMA_PLACES);
    for (const pointer of SCHEMA_PLACES) expect(at(document, pointer)).toEqual(CONVERTED);
  });

  it('rewrites a schema that YAML shares through an alias once, where it is anchored', async () => {
    const text = 'openapi: 3.0.3\ncomponents:\n  schemas:\n    A: &s { type: string, nullable: true }\n    B: *s\n';
    const { text: out, changes } = await convertSpec(text, { to: '3.1' });
    expect(changes.map((change) => change.pointer)).toEqual(['/components/schemas/A']);
    expect(out).toContain("A: &s { type: [ string, 'null' ] }\n    B: *s\n");
  });

  it('leaves examples, defaults and other data alone', async () => {
    const { document } = await convertJson(JSON.stringify(everywhere()));
    const media = at(document, '/paths/~1a/get/requestBody/content/application~1json');
    expect(media).toMatchObject({
      example: { nullable: true, example: 1 },
      examples: { one: { summary: 's', value: { type: 'string', nullable: true } } },
    });
    expect(at(document, '/paths/~1a/get/parameters/0/example')).toEqual({ nullable: true });
    expect(at(document, '/components/examples/E')).toEqual({ value: { type: 'string', nullable: true } });
    expect(at(document, '/paths/~1a/get/parameters/2')).toEqual({ $ref: '#/components/parameters/P' });
  });

  it('keeps the property names nullable and example as names', async () => {
    const { document } = await convertJson(JSON.stringify(everywhere()));
    expect(Object.keys(at(document, '/components/schemas/Nested/properties') as object)).toEqual([
      'nullable',
      'example',
    ]);
  });
});

const YAML_SPEC = `# A spec written by hand.
openapi: 3.0.3 # the version line
info:
  title: Comments
  version: '1'
paths:
  /things:
    get:
      responses:
        # first on purpose
        '404':
          description: not found
        '200':
          description: ok
          content:
            application/json:
              schema:
                # A thing, or nothing.
                type: object
                nullable: true # or null
                properties:
                  count:
                    type: integer
                    minimum: 0
                    exclusiveMinimum: true # strictly positive
                    example: 3
components: {}
`;

describe('convertSpec: what stays as it was', () => {
  it('keeps YAML comments, key order and formatting, rewriting only what it must', async () => {
    const { text, format, from, to } = await convertSpec(YAML_SPEC, { to: '3.1' });
    expect({ format, from, to }).toEqual({ format: 'yaml', from: '3.0.3', to: '3.1.0' });
    for (const comment of YAML_SPEC.match(/#.*$/gm)!) expect(text).toContain(comment);
    expect(text).toContain('openapi: 3.1.0 # the version line\n');
    expect(text).toContain("type: [ object, 'null' ] # or null\n");
    expect(text).toContain('exclusiveMinimum: 0 # strictly positive\n');
    expect(text).toContain('examples: [ 3 ]\n');
    expect(text).not.toContain('nullable');
    expect(text.indexOf("'404'")).toBeLessThan(text.indexOf("'200'"));
    // Every line not rewritten is the input's own line, in the input's order.
    const kept = YAML_SPEC.split('\n').filter((line) => !/openapi|type: object|nullable|minimum|example/i.test(line));
    expect(text.split('\n').filter((line) => kept.includes(line))).toEqual(kept);
  });

  it('keeps integer-like keys in their order: "404" before "200", in JSON and in YAML, either way', async () => {
    const json =
      '{"openapi":"3.0.3","paths":{"/a":{"get":{"responses":{"404":{"description":"n"},"200":{"description":"y"}}}}}}';
    for (const [text, format] of [
      [json, 'json'],
      [json, 'yaml'],
      [YAML_SPEC, 'json'],
      [YAML_SPEC, 'yaml'],
    ] as const) {
      const out = (await convertSpec(text, { to: '3.1', format })).text;
      expect(out.search(/["']?404["']?:/)).toBeGreaterThan(-1);
      expect(out.search(/["']?404["']?:/)).toBeLessThan(out.search(/["']?200["']?:/));
    }
  });

  it('writes JSON as JSON.stringify(value, null, 2) does, with a trailing newline', async () => {
    const { text } = await convertSpec(withSchemas({ A: { type: 'string', nullable: true, example: 'a' } }), {
      to: '3.1',
    });
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text).toContain('"type": [\n          "string",\n          "null"\n        ]');
  });

  it('writes YAML from JSON and JSON from YAML, with the same value', async () => {
    const yaml = await convertSpec(YAML_SPEC, { to: '3.1' });
    const json = await convertSpec(YAML_SPEC, { to: '3.1', format: 'json' });
    expect(json.format).toBe('json');
    expect(JSON.parse(json.text)).toEqual(parseYaml(yaml.text));
    const back = await convertSpec(withSchemas({ A: { type: 'string', nullable: true } }), {
      to: '3.1',
      format: 'yaml',
    });
    expect(back.text).toContain("\n      type: [ string, 'null' ]\n");
    expect(back.text).not.toContain('"');
  });

  it('quotes strings a YAML 1.1 reader would misread when writing JSON input as YAML', async () => {
    const { text } = await convertSpec(withSchemas({ A: { type: 'string', example: '2020-08-21T13:26:29Z' } }), {
      to: '3.1',
      format: 'yaml',
    });
    expect(text).toContain("examples: [ '2020-08-21T13:26:29Z' ]");
  });
});

describe('convertSpec: what it refuses', () => {
  it.each([
    {
      given: 'a 3.1 document',
      text: '{"openapi":"3.1.0"}',
      code: 'UNSUPPORTED_VERSION',
      message: /already OpenAPI 3\.1\.0/,
    },
    { given: 'Swagger 2.0', text: 'swagger: "2.0"\n', code: 'UNSUPPORTED_VERSION', message: /Swagger "2\.0"/ },
    { given: 'another version', text: 'openapi: 2.5.0\n', code: 'UNSUPPORTED_VERSION', message: /OpenAPI "2\.5\.0"/ },
    { given: 'a number for a version', text: '{"openapi":3.0}', code: 'UNSUPPORTED_VERSION', message: /OpenAPI 3\.0 / },
    { given: 'no openapi field', text: '{"info":{}}', code: 'NOT_OPENAPI', message: /no `openapi` field/ },
    { given: 'a list', text: '[]', code: 'NOT_OPENAPI', message: /got a list/ },
    { given: 'nothing', text: '', code: 'NOT_OPENAPI', message: /got nothing/ },
    { given: 'broken JSON', text: '{"openapi": "3.0.3",\n "a": }', code: 'PARSE_JSON', message: /not valid JSON/ },
    { given: 'a repeated key', text: '{"openapi":"3.0.3","a":1,"a":2}', code: 'PARSE_JSON', message: /repeated/ },
    { given: 'broken YAML', text: 'openapi: 3.0.3\nx: [\n', code: 'PARSE_YAML', message: /not valid YAML/ },
    { given: 'two YAML documents', text: 'openapi: 3.0.3\n---\na: 1\n', code: 'PARSE_YAML', message: /more than one/ },
    {
      given: 'JSON nested too deep',
      text: `{"openapi":"3.0.3","x":${'['.repeat(300)}${']'.repeat(300)}}`,
      code: 'TOO_DEEP',
      message: /more than 256 levels deep/,
    },
  ])('$given: $code naming the source', async ({ text, code, message }) => {
    const error = await convertSpec(text, { to: '3.1', source: 'in/spec.txt' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpecError);
    expect(error).toMatchObject({ code, source: 'in/spec.txt' });
    expect((error as SpecError).message).toMatch(/^in\/spec\.txt/);
    expect((error as SpecError).message).toMatch(message);
  });

  it('gives the line and column of a parse error', async () => {
    const error = await convertSpec('openapi: 3.0.3\ninfo:\n  a: b\n   c: d\n', { to: '3.1' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PARSE_YAML', line: expect.any(Number), column: expect.any(Number) });
  });

  it('refuses a target other than 3.1', async () => {
    const error = await convertSpec('openapi: 3.0.3\n', { to: '3.2' as '3.1' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_VERSION', message: expect.stringMatching(/"3\.2"/) });
  });

  it('refuses to write as JSON what JSON cannot hold', async () => {
    const error = await convertSpec('openapi: 3.0.3\nx: .inf\n', { to: '3.1', format: 'json' }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'NOT_OPENAPI', pointer: '/x' });
  });
});

/** Every string under a `description` key, sorted: a multiset to compare. */
function descriptions(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) descriptions(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'description' && typeof item === 'string') found.push(item);
      descriptions(item, found);
    }
  }
  return found.sort();
}

/** Counts the boolean `nullable`/`x-nullable` members outside data (`example`, `examples`, `default`, `enum` values). */
function nullableKeywords(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + nullableKeywords(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  for (const [key, item] of Object.entries(value)) {
    if ((key === 'nullable' || key === 'x-nullable') && typeof item === 'boolean') count += 1;
    if (!['example', 'examples', 'default', 'enum'].includes(key)) count += nullableKeywords(item);
  }
  return count;
}

/** Every operation as `METHOD path operationId`, sorted. */
function operations(document: Record<string, unknown>): string[] {
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
  return Object.entries(document.paths as Record<string, Record<string, { operationId?: string }>>)
    .flatMap(([path, item]) =>
      methods.filter((method) => item[method]).map((method) => `${method} ${path} ${item[method]!.operationId}`),
    )
    .sort();
}

describe('convertSpec: the current CircleCI spec', () => {
  const input = JSON.parse(readFileSync(CURRENT_SPEC, 'utf8')) as Record<string, unknown>;

  it.each([
    { file: 'openapi.json', path: CURRENT_SPEC, format: 'json' },
    { file: 'openapi.yaml', path: CURRENT_SPEC_YAML, format: 'yaml' },
  ])('converts $file into a valid OpenAPI 3.1 document that keeps what it said', async ({ path, format }) => {
    const result = await convertSpec(readFileSync(path, 'utf8'), { to: '3.1', source: path });
    expect(result.format).toBe(format);
    const output = (format === 'json' ? JSON.parse(result.text) : parseYaml(result.text)) as Record<string, unknown>;
    expect(output.openapi).toBe('3.1.0');
    expect(result.from).toBe(input.openapi);
    expect(nullableKeywords(input)).toBeGreaterThan(0);
    expect(nullableKeywords(output)).toBe(0);
    expect(result.changes.filter((change) => change.kind === 'nullable')).toHaveLength(nullableKeywords(input));
    expect(JSON.stringify(output)).not.toMatch(/"(x-)?nullable":(true|false)/);
    expect(descriptions(output)).toEqual(descriptions(input));
    expect(operations(output)).toEqual(operations(input));
    expect(Object.keys(output)).toEqual(Object.keys(input));
    const valid = validateOpenApi31(output);
    expect(validateOpenApi31.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('gives the same document from the JSON and the YAML spec, and JSON output as JSON.stringify would write it', async () => {
    const fromJson = await convertSpec(readFileSync(CURRENT_SPEC, 'utf8'), { to: '3.1' });
    const fromYaml = await convertSpec(readFileSync(CURRENT_SPEC_YAML, 'utf8'), { to: '3.1', format: 'json' });
    expect(fromYaml.text).toBe(fromJson.text);
    expect(fromJson.text).toBe(`${JSON.stringify(JSON.parse(fromJson.text), null, 2)}\n`);
    expect(fromYaml.changes).toEqual(fromJson.changes);
  });
});

describe('the README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it('shows what convertSpec gives for its example', async () => {
    const input = 'openapi: 3.0.3\npaths: {}\ncomponents:\n  schemas:\n    Id: { type: string, nullable: true }\n';
    expect(readme).toContain(`'${input.replaceAll('\n', '\\n')}'`);
    const { text, changes } = await convertSpec(input, { to: '3.1' });
    expect(text.startsWith('openapi: 3.1.0\n')).toBe(true);
    expect(text.endsWith("    Id: { type: [ string, 'null' ] }\n")).toBe(true);
    expect(readme).toContain("// text: 'openapi: 3.1.0\\n…    Id: { type: [ string, \\'null\\' ] }\\n'");
    expect(changes).toHaveLength(1);
    const [{ kind, pointer, message }] = changes as [ConvertChange];
    expect(readme).toContain(`// changes: [{ kind: '${kind}', pointer: '${pointer}', message: '${message}' }]`);
  });
});
