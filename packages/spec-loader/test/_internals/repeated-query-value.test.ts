import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/_internals/normalize.ts';
import {
  isShapelessObject,
  repeatedQueryMatch,
  repeatedQuerySchema,
  rewriteRepeatedQueryValue,
} from '../../src/_internals/repeated-query-value.ts';
import { loadSpec, type Rewrite } from '../../src/index.ts';

const PARAMS = { seed: 20251017, numRuns: 200 };

const BRANCHES_EXAMPLE =
  'A single branch: ?branches=main or for multiple branches: ?branches=main&branches=feature&branches=dev';

/** A document with one GET operation holding `parameters`; `extra` is merged over it (components, path-level parameters). */
function documentWith(parameters: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { pathLevel, ...rest } = extra;
  const item: Record<string, unknown> = {
    get: { operationId: 'getSummary', parameters, responses: { '200': { description: 'ok' } } },
  };
  if (pathLevel !== undefined) item.parameters = pathLevel;
  return { openapi: '3.0.3', info: { title: 'Tiny', version: '1' }, paths: { '/summary/{slug}': item }, ...rest };
}

const SLUG = { name: 'slug', in: 'path', required: true, schema: { type: 'string' } };

function repeated(rewrites: Rewrite[]): Rewrite[] {
  return rewrites.filter((rewrite) => rewrite.kind === 'repeated-query-value');
}

describe('repeatedQueryMatch', () => {
  it.each([
    { given: BRANCHES_EXAMPLE, name: 'branches', want: '?branches=main&branches=feature&branches=dev' },
    { given: 'a ?x=1&x=2.', name: 'x', want: '?x=1&x=2' },
    { given: 'GET /insights?a=1&workflow-names=b&workflow-names=c', name: 'workflow-names', want: expect.any(String) },
    { given: 'escaped: ?tag=a&amp;tag=b', name: 'tag', want: '?tag=a&amp;tag=b' },
    { given: 'encoded: ?a%20b=1&a+b=2', name: 'a b', want: '?a%20b=1&a+b=2' },
    { given: '(?ids=1&ids=2)', name: 'ids', want: '?ids=1&ids=2' },
    { given: 'one only: ?branches=main', name: 'branches', want: undefined },
    { given: 'two strings: ?branches=main and ?branches=dev', name: 'branches', want: undefined },
    { given: 'a comma list: ?branches=main,dev', name: 'branches', want: undefined },
    { given: 'another name: ?branch=main&branch=dev', name: 'branches', want: undefined },
    { given: 'a longer name: ?branches=main&branches=dev', name: 'branch', want: undefined },
    { given: 'no query: branches=main&branches=dev', name: 'branches', want: undefined },
  ])('finds $want for $name in "$given"', ({ given, name, want }) => {
    expect(repeatedQueryMatch(given, name)).toEqual(want);
  });

  it('finds a name given twice in any query string, and never a name given once', () => {
    const token = fc.stringMatching(/^[A-Za-z][\w.-]{0,12}$/);
    const value = fc.stringMatching(/^[\w.-]{0,8}$/);
    fc.assert(
      fc.property(token, fc.array(value, { minLength: 2, maxLength: 4 }), (name, values) => {
        const query = `?${values.map((v) => `${name}=${v}`).join('&')}`;
        expect(repeatedQueryMatch(`For many: ${query} (see docs)`, name)).toBe(query.replace(/[.]+$/, ''));
        expect(repeatedQueryMatch(`For many: ${query}`, `${name}x`)).toBeUndefined();
        expect(repeatedQueryMatch(`For one: ?${name}=${values[0]}`, name)).toBeUndefined();
      }),
      PARAMS,
    );
  });
});

describe('isShapelessObject', () => {
  it.each([
    { given: { type: 'object' }, want: true },
    { given: { type: 'object', description: 'd', properties: {}, additionalProperties: true }, want: true },
    { given: { type: 'object', additionalProperties: {}, example: ['a', 'b'] }, want: true },
    { given: { type: 'object', properties: { a: { type: 'string' } } }, want: false },
    { given: { type: 'object', additionalProperties: { type: 'string' } }, want: false },
    { given: { type: 'object', additionalProperties: false }, want: false },
    { given: { type: 'object', required: ['a'] }, want: false },
    { given: { type: 'object', oneOf: [{}] }, want: false },
    { given: { type: 'object', default: { a: 1 } }, want: false },
    { given: { type: 'string' }, want: false },
    { given: {}, want: false },
    { given: null, want: false },
  ])('$given → $want', ({ given, want }) => {
    expect(isShapelessObject(given)).toBe(want);
  });
});

describe('the repeated-query-value rewrite', () => {
  const branches = { name: 'branches', in: 'query', schema: { type: 'object' }, example: BRANCHES_EXAMPLE };
  const operation = '/paths/~1summary~1{slug}/get';

  it('rewrites the schema, style and explode, keeping the schema description, with evidence', () => {
    const parameter = { ...branches, schema: { type: 'object', description: 'Branch names.' }, style: 'deepObject' };
    const document = documentWith([SLUG, parameter]);
    expect(repeated(normalize(document))).toEqual([
      {
        kind: 'repeated-query-value',
        pointer: `${operation}/parameters/1`,
        message: expect.stringContaining('?branches=main&branches=feature&branches=dev'),
        evidence: {
          pointer: `${operation}/parameters/1/example`,
          text: BRANCHES_EXAMPLE,
          match: '?branches=main&branches=feature&branches=dev',
        },
      },
    ]);
    expect(parameter).toEqual({
      ...branches,
      schema: { description: 'Branch names.', ...repeatedQuerySchema() },
      style: 'form',
      explode: true,
    });
  });

  /** `want`: where the evidence is, under the parameter; `'left alone'` when nothing is rewritten. */
  const table: Array<{ given: string; parameter: Record<string, unknown>; want: string }> = [
    { given: 'the repeated form in the example', parameter: branches, want: '/example' },
    {
      given: 'the repeated form in the description',
      parameter: { name: 'b', in: 'query', schema: { type: 'object' }, description: 'Repeat it: ?b=1&b=2' },
      want: '/description',
    },
    {
      given: 'the repeated form in an examples entry',
      parameter: { name: 'b', in: 'query', schema: { type: 'object' }, examples: { many: { value: '?b=1&b=2' } } },
      want: '/examples/many/value',
    },
    {
      given: 'the repeated form in the schema description',
      parameter: { name: 'b', in: 'query', schema: { type: 'object', description: 'as in ?b=x&b=y' } },
      want: '/schema/description',
    },
    {
      given: 'an object-typed query parameter without such text',
      parameter: { ...branches, example: 'main' },
      want: 'left alone',
    },
    {
      given: 'an example showing another name',
      parameter: { ...branches, name: 'branch' },
      want: 'left alone',
    },
    {
      // In the route: one that is not is moved to the query first (path-parameter-not-in-route), then rewritten.
      given: 'a path parameter (with a text that repeats its name)',
      parameter: { ...branches, name: 'slug', in: 'path', required: true, example: '?slug=a&slug=b' },
      want: 'left alone',
    },
    { given: 'a header parameter', parameter: { ...branches, in: 'header' }, want: 'left alone' },
    {
      given: 'an object with properties',
      parameter: { ...branches, schema: { type: 'object', properties: { main: { type: 'boolean' } } } },
      want: 'left alone',
    },
    { given: 'a string parameter', parameter: { ...branches, schema: { type: 'string' } }, want: 'left alone' },
    {
      given: 'a parameter with content',
      parameter: { ...branches, schema: undefined, content: {} },
      want: 'left alone',
    },
  ];
  it.each(table)('given $given: $want', ({ parameter, want }) => {
    const document = documentWith([SLUG, structuredClone(parameter)]);
    const evidence = repeated(normalize(document)).map((rewrite) => rewrite.evidence?.pointer);
    expect(evidence).toEqual(want === 'left alone' ? [] : [`${operation}/parameters/1${want}`]);
  });

  it('rewrites a parameter given by $ref (and a $ref schema) once, where it lives', () => {
    const ref = { $ref: '#/components/parameters/Branches' };
    const document = documentWith([SLUG, ref], {
      components: {
        parameters: { Branches: { ...branches, schema: { $ref: '#/components/schemas/Names' } } },
        schemas: { Names: { type: 'object', title: 'Names' } },
      },
      paths: {
        '/summary/{slug}': { get: { parameters: [SLUG, ref], responses: { '200': { description: 'ok' } } } },
        '/other': { get: { parameters: [ref], responses: { '200': { description: 'ok' } } } },
      },
    });
    expect(repeated(normalize(document)).map((rewrite) => rewrite.pointer)).toEqual([
      '/components/parameters/Branches',
    ]);
    const components = document.components as Record<string, Record<string, Record<string, unknown>>>;
    expect(components.parameters?.Branches?.schema).toEqual({ title: 'Names', ...repeatedQuerySchema() });
    expect(components.schemas?.Names).toEqual({ type: 'object', title: 'Names' });
  });

  it('rewrites a path-level parameter once, at the path item, and indexes it in every operation', async () => {
    const document = documentWith([SLUG], { pathLevel: [structuredClone(branches)] });
    const item = (document.paths as Record<string, Record<string, unknown>>)['/summary/{slug}']!;
    item.head = { operationId: 'headSummary', parameters: [SLUG], responses: { '200': { description: 'ok' } } };
    const spec = await loadSpec(document);
    expect(repeated(spec.rewrites).map((rewrite) => rewrite.pointer)).toEqual([
      '/paths/~1summary~1{slug}/parameters/0',
    ]);
    for (const id of ['getSummary', 'headSummary']) {
      expect(spec.operations.get(id)?.parameters.query).toEqual([
        expect.objectContaining({ name: 'branches', style: 'form', explode: true, schema: repeatedQuerySchema() }),
      ]);
    }
  });

  it('is idempotent: normalizing the result again changes nothing and records nothing', () => {
    const parameter = fc.record(
      {
        name: fc.constantFrom('branches', 'b', 'slug'),
        in: fc.constantFrom('query', 'path', 'header'),
        schema: fc.constantFrom({ type: 'object' }, { type: 'object', description: 'd' }, { type: 'string' }),
        example: fc.constantFrom(BRANCHES_EXAMPLE, '?b=1&b=2', '?slug=a&slug=b', 'main'),
      },
      { requiredKeys: ['name', 'in', 'schema'] },
    );
    fc.assert(
      fc.property(fc.array(parameter, { maxLength: 4 }), fc.boolean(), (parameters, atPathLevel) => {
        const own = parameters.map((p) => (p.in === 'path' ? { ...p, name: 'slug' } : p));
        const document = atPathLevel ? documentWith([], { pathLevel: own }) : documentWith(own);
        normalize(document);
        const once = JSON.stringify(document);
        expect(normalize(document)).toEqual([]);
        expect(JSON.stringify(document)).toBe(once);
      }),
      PARAMS,
    );
  });

  it('never throws on arbitrary parameter objects', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (parameter, name) => {
        const value =
          typeof parameter === 'object' && parameter !== null && !Array.isArray(parameter)
            ? { ...parameter, name }
            : parameter;
        expect(() => rewriteRepeatedQueryValue({}, value, '/p', [])).not.toThrow();
      }),
      PARAMS,
    );
  });
});
