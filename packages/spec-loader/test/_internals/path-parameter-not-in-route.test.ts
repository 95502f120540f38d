import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/_internals/normalize.ts';
import {
  rewritePathParametersNotInRoute,
  routePlaceholders,
} from '../../src/_internals/path-parameter-not-in-route.ts';
import { loadSpec, SpecError, type Rewrite } from '../../src/index.ts';

const PARAMS = { seed: 20200721, numRuns: 200 };
const OK = { '200': { description: 'ok' } };
const KIND = 'path-parameter-not-in-route';

const SLUG = { name: 'slug', in: 'path', required: true, schema: { type: 'string' } };
/** As CircleCI's 2020 specs declared it: a query filter `in: path`, not required. */
const START = { name: 'start-date', in: 'path', required: false, schema: { type: 'string', format: 'date-time' } };
const START_QUERY = { ...START, in: 'query', description: 'the real one' };

type Json = Record<string, unknown>;

/** A document whose paths are `paths` (each a path item), with `components.parameters` when given. */
function documentWith(paths: Record<string, Json>, parameters?: Json): Json {
  const document: Json = { openapi: '3.0.3', info: { title: 'Tiny', version: '1' }, paths };
  if (parameters !== undefined) document.components = { parameters };
  return document;
}

function get(operationId: string, parameters: unknown[]): Json {
  return { get: { operationId, parameters, responses: OK } };
}

function only(rewrites: Rewrite[]): Rewrite[] {
  return rewrites.filter((rewrite) => rewrite.kind === KIND);
}

function evidence(route: string): Rewrite['evidence'] {
  return { pointer: `/paths/${route.replace(/\//g, '~1')}`, text: route, match: route };
}

describe('routePlaceholders', () => {
  it.each([
    { given: '/pipeline', want: [] },
    { given: '/insights/{project-slug}/workflows/{workflow-name}', want: ['project-slug', 'workflow-name'] },
    { given: '/project/{project-slug}/{job-number}/artifacts', want: ['project-slug', 'job-number'] },
  ])('$given → $want', ({ given, want }) => {
    expect([...routePlaceholders(given)]).toEqual(want);
  });
});

describe('the path-parameter-not-in-route rewrite', () => {
  const ROUTE = '/runs/{slug}';
  const OPERATION = '/paths/~1runs~1{slug}/get';

  it('moves an inline path parameter that is not in the route to the query string, and records it', async () => {
    const document = documentWith({ [ROUTE]: get('getRuns', [SLUG, structuredClone(START)]) });
    const spec = await loadSpec(document, { mode: 'lenient' });
    expect(only(spec.rewrites)).toEqual([
      {
        kind: KIND,
        pointer: `${OPERATION}/parameters/1`,
        message:
          'path parameter "start-date" of GET /runs/{slug} (getRuns) is not in the route: moved to query (style form, explode true, required false as declared)',
        evidence: evidence(ROUTE),
      },
    ]);
    // Not made required afterwards, and indexed where it now lives.
    expect(spec.rewrites.filter((rewrite) => rewrite.kind === 'path-parameter-required')).toEqual([]);
    const { path, query } = spec.operations.get('getRuns')!.parameters;
    expect(path.map((p) => p.name)).toEqual(['slug']);
    expect(query).toEqual([
      expect.objectContaining({ name: 'start-date', in: 'query', required: false, style: 'form', explode: true }),
    ]);
  });

  /** `want`: what the operation's parameters are after normalizing (`in name`, in order), and the rewrites' pointers. */
  const table: Array<{ given: string; paths: Record<string, Json>; components?: Json; want: unknown }> = [
    {
      given: 'a path parameter that is in the route',
      paths: { [ROUTE]: get('getRuns', [SLUG]) },
      want: { getRuns: ['path slug'], rewrites: [] },
    },
    {
      given: 'a path-level path parameter that is in the route',
      paths: { [ROUTE]: { parameters: [SLUG], ...get('getRuns', []) } },
      want: { getRuns: ['path slug'], rewrites: [] },
    },
    {
      given: 'a path parameter without `required`',
      paths: { '/runs': get('getRuns', [{ name: 'mine', in: 'path', schema: { type: 'boolean' } }]) },
      want: { getRuns: ['query mine'], rewrites: ['/paths/~1runs/get/parameters/0'] },
    },
    {
      given: 'a same-named query parameter on the operation',
      paths: { [ROUTE]: get('getRuns', [SLUG, START, START_QUERY]) },
      want: { getRuns: ['path slug', 'query start-date'], rewrites: [`${OPERATION}/parameters/1`] },
    },
    {
      given: 'a same-named query parameter at the path level',
      paths: { [ROUTE]: { parameters: [START_QUERY], ...get('getRuns', [SLUG, START]) } },
      want: { getRuns: ['query start-date', 'path slug'], rewrites: [`${OPERATION}/parameters/1`] },
    },
    {
      given: 'a path-level parameter beside a same-named path-level query parameter',
      paths: { [ROUTE]: { parameters: [START, START_QUERY], ...get('getRuns', [SLUG]) } },
      want: { getRuns: ['query start-date', 'path slug'], rewrites: ['/paths/~1runs~1{slug}/parameters/0'] },
    },
    {
      given: 'a path-level parameter (moved once, at the path item)',
      paths: { [ROUTE]: { parameters: [START], ...get('getRuns', [SLUG]) } },
      want: { getRuns: ['query start-date', 'path slug'], rewrites: ['/paths/~1runs~1{slug}/parameters/0'] },
    },
    {
      given: "a path-level parameter and the operation's own query parameter (which wins)",
      paths: { [ROUTE]: { parameters: [START], ...get('getRuns', [SLUG, START_QUERY]) } },
      want: { getRuns: ['path slug', 'query start-date'], rewrites: ['/paths/~1runs~1{slug}/parameters/0'] },
    },
    {
      given: 'a path parameter declared twice',
      paths: { '/runs': get('getRuns', [START, START]) },
      want: {
        getRuns: ['query start-date'],
        rewrites: ['/paths/~1runs/get/parameters/0', '/paths/~1runs/get/parameters/1'],
      },
    },
  ];
  it.each(table)('given $given', async ({ paths, components, want }) => {
    const spec = await loadSpec(documentWith(structuredClone(paths), components), { mode: 'lenient' });
    const operation = spec.operations.get('getRuns')!;
    const parameters = [...operation.parameters.query, ...operation.parameters.path];
    const declared = (spec.document.paths as Record<string, Record<string, { parameters: Json[] }>>)[operation.path]!
      .get!.parameters;
    expect({
      getRuns: declared.map((p) => `${String(p.in)} ${String(p.name)}`),
      rewrites: only(spec.rewrites).map((rewrite) => rewrite.pointer),
    }).toEqual(want);
    expect(parameters.filter((p) => p.in === 'path').every((p) => routePlaceholders(operation.path).has(p.name))).toBe(
      true,
    );
  });

  it('names the drop in its message', () => {
    const document = documentWith({ [ROUTE]: get('getRuns', [SLUG, structuredClone(START), START_QUERY]) });
    expect(only(normalize(document)).map((rewrite) => rewrite.message)).toEqual([
      'path parameter "start-date" of GET /runs/{slug} (getRuns) is not in the route, and the operation already has a query parameter "start-date": dropped',
    ]);
  });

  it('keeps `required` as declared', () => {
    const document = documentWith({ '/runs': get('getRuns', [{ ...START, required: true }]) });
    normalize(document);
    const { parameters } = (document.paths as Record<string, { get: { parameters: Json[] } }>)['/runs']!.get;
    expect(parameters).toEqual([{ ...START, in: 'query', required: true, style: 'form', explode: true }]);
  });

  it('copies a $ref target shared with a route that has the name, and leaves the target alone', async () => {
    const ref = { $ref: '#/components/parameters/Start' };
    const document = documentWith(
      { '/runs/{start-date}': get('getRunsAt', [ref]), '/runs': get('getRuns', [ref]) },
      { Start: START },
    );
    const spec = await loadSpec(document, { mode: 'lenient' });
    expect(only(spec.rewrites)).toEqual([
      {
        kind: KIND,
        pointer: '/paths/~1runs/get/parameters/0',
        message: expect.stringMatching(
          /share \/components\/parameters\/Start, which is left alone\): a copy moved to query/,
        ),
        evidence: evidence('/runs'),
      },
    ]);
    expect(spec.operations.get('getRunsAt')!.parameters.path).toEqual([
      expect.objectContaining({ name: 'start-date', in: 'path', required: true, style: 'simple' }),
    ]);
    expect(spec.operations.get('getRuns')!.parameters).toMatchObject({
      path: [],
      query: [{ name: 'start-date', in: 'query', required: false, style: 'form', explode: true }],
    });
    const components = spec.document.components as { parameters: Record<string, Json> };
    expect(components.parameters.Start).toMatchObject({ in: 'path' });
  });

  it('rewrites a $ref target in place, once, when no route that uses it has the name', () => {
    const ref = { $ref: '#/components/parameters/Start' };
    const document = documentWith(
      { '/runs': get('getRuns', [ref]), '/jobs/{slug}': { parameters: [ref], ...get('getJobs', [SLUG]) } },
      { Start: structuredClone(START) },
    );
    expect(only(normalize(document))).toEqual([
      {
        kind: KIND,
        pointer: '/components/parameters/Start',
        message:
          'path parameter "start-date" at /components/parameters/Start, used by GET /runs (getRuns), path item /jobs/{slug}, is in none of their routes: moved to query (style form, explode true, required false as declared)',
        evidence: evidence('/runs'),
      },
    ]);
    expect((document.components as { parameters: Json }).parameters.Start).toEqual({
      ...START,
      in: 'query',
      style: 'form',
      explode: true,
    });
  });

  it('is reported by strict mode, which validates before normalizing', async () => {
    const document = documentWith({ '/runs': get('getRuns', [START]) });
    const error = await loadSpec(document).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect(error).toMatchObject({ code: 'INVALID_DOCUMENT', pointer: '/paths/~1runs/get/parameters/0' });
    const spec = await loadSpec(document, { mode: 'lenient' });
    expect(spec.warnings.map((warning) => warning.pointer)).toContain('/paths/~1runs/get/parameters/0');
    expect(only(spec.rewrites)).toHaveLength(1);
  });

  const parameter = fc.record({
    name: fc.constantFrom('a', 'b', 'c'),
    in: fc.constantFrom('path', 'query', 'header'),
    required: fc.boolean(),
    schema: fc.constant({ type: 'string' }),
  });
  /** A parameter list whose entries are inline or `$ref`s to components A, B, C (shared across the document). */
  const list = fc.array(fc.oneof(parameter, fc.constantFrom('A', 'B', 'C')), { maxLength: 4 });
  const documents = fc
    .record({
      components: fc.record({ A: parameter, B: parameter, C: parameter }),
      routes: fc.array(
        fc.record({ route: fc.constantFrom('/r', '/r/{a}', '/r/{a}/{b}', '/s/{c}'), item: list, own: list }),
        { maxLength: 4 },
      ),
    })
    .map(({ components, routes }) => {
      const entries = (values: Array<Json | string>): unknown[] =>
        values.map((value) => (typeof value === 'string' ? { $ref: `#/components/parameters/${value}` } : value));
      const paths: Record<string, Json> = {};
      routes.forEach(({ route, item, own }, index) => {
        paths[`${route}/${index}`] = { parameters: entries(item), ...get(`op${index}`, entries(own)) };
      });
      return structuredClone(documentWith(paths, components));
    });

  it('is idempotent: normalizing the result again changes nothing and records nothing', () => {
    fc.assert(
      fc.property(documents, (document) => {
        normalize(document);
        const once = JSON.stringify(document);
        expect(normalize(document)).toEqual([]);
        expect(JSON.stringify(document)).toBe(once);
      }),
      PARAMS,
    );
  });

  it('leaves every path parameter of every indexed operation in its route', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (document) => {
        const spec = await loadSpec(document, { mode: 'lenient' });
        for (const operation of spec.operations.values()) {
          const placeholders = routePlaceholders(operation.path);
          expect(operation.parameters.path.filter((p) => !placeholders.has(p.name))).toEqual([]);
        }
      }),
      { ...PARAMS, numRuns: 100 },
    );
  });

  it('never throws on arbitrary documents', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('/r', '/r/{a}', 'x'), fc.jsonValue()), (paths) => {
        expect(() => rewritePathParametersNotInRoute({ paths })).not.toThrow();
        expect(() =>
          rewritePathParametersNotInRoute({ paths: { '/r': { get: { parameters: [paths] } } } }),
        ).not.toThrow();
      }),
      PARAMS,
    );
  });
});
