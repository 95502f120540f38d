import { describe, expect, it } from 'vitest';
import { loadSpec, SpecError, type LoadSpecOptions } from '../src/index.ts';

/** A small valid OpenAPI 3.0 document, built fresh for each test. */
function minimal(): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'Tiny', version: '1.0' },
    paths: {
      '/me': {
        get: { operationId: 'getMe', tags: ['User'], responses: { '200': { description: 'ok' } } },
      },
      '/project/{project-slug}': {
        parameters: [
          { name: 'project-slug', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'x-trace', in: 'header', schema: { type: 'string' } },
        ],
        get: {
          operationId: 'getProject',
          parameters: [{ name: 'x-trace', in: 'header', required: true, schema: { type: 'integer' } }],
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Node: {
          type: 'object',
          properties: {
            name: { type: 'string', 'x-nullable': true },
            children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
          },
        },
      },
    },
  };
}

const YAML_TEXT = `openapi: 3.0.3
info:
  title: Tiny
  version: "1.0"
paths:
  /me:
    get:
      operationId: getMe
      responses:
        "200":
          description: ok
`;

async function codeOf(source: unknown, options: LoadSpecOptions = {}): Promise<string> {
  try {
    await loadSpec(source as Record<string, unknown>, options);
    return 'loaded';
  } catch (error) {
    return error instanceof SpecError ? error.code : `not a SpecError: ${String(error)}`;
  }
}

describe('loadSpec from an object or a string', () => {
  it('indexes operations by operationId and by route', async () => {
    const spec = await loadSpec(minimal());
    expect([...spec.operations.keys()]).toEqual(['getMe', 'getProject']);
    expect(spec.operationByRoute('GET', '/me')?.operationId).toBe('getMe');
    expect(spec.operationByRoute('post', '/me')).toBeUndefined();
    expect(spec.info.title).toBe('Tiny');
    expect(spec.openapi).toBe('3.0.3');
    expect(spec.source).toBe('<object>');
    expect(spec.fromCache).toBe(false);
  });

  it('merges path-level parameters, the operation-level one winning', async () => {
    const operation = (await loadSpec(minimal())).operations.get('getProject');
    expect(operation?.parameters.path.map((p) => p.name)).toEqual(['project-slug']);
    expect(operation?.parameters.header).toEqual([
      expect.objectContaining({ name: 'x-trace', required: true, schema: { type: 'integer' }, style: 'simple' }),
    ]);
  });

  it.each([
    { given: 'x-nullable', want: ['/components/schemas/Node/properties/name'] },
    { given: 'path-level-parameter', want: ['/paths/~1project~1{project-slug}/get/parameters'] },
  ])('records the $given rewrite', async ({ given, want }) => {
    const spec = await loadSpec(minimal());
    expect(spec.rewrites.filter((r) => r.kind === given).map((r) => r.pointer)).toEqual(want);
  });

  it('lets a closed schema beside a union allow the properties its branches declare', async () => {
    const document = minimal();
    const owner = {
      additionalProperties: false,
      oneOf: [
        { type: 'object', additionalProperties: false, properties: { id: { type: 'string' } }, required: ['id'] },
        { $ref: '#/components/schemas/SlugOwner' },
      ],
    };
    const components = document.components as { schemas: Record<string, unknown> };
    components.schemas.SlugOwner = { type: 'object', properties: { slug: { type: 'string' } }, required: ['slug'] };
    components.schemas.Owner = owner;
    const spec = await loadSpec(document);
    expect(spec.rewrites.filter((r) => r.kind === 'closed-union').map((r) => r.pointer)).toEqual([
      '/components/schemas/Owner',
    ]);
    const rewritten = (spec.document.components as { schemas: Record<string, Record<string, unknown>> }).schemas.Owner;
    expect(rewritten?.additionalProperties).toBe(false);
    expect(rewritten?.properties).toEqual({ id: {}, slug: {} });
  });

  it('leaves a closed schema alone when it declares the branch properties itself', async () => {
    const document = minimal();
    const components = document.components as { schemas: Record<string, unknown> };
    components.schemas.Closed = {
      additionalProperties: false,
      properties: { id: { type: 'string' } },
      anyOf: [{ properties: { id: { type: 'string' } }, required: ['id'] }],
    };
    const spec = await loadSpec(document);
    expect(spec.rewrites.filter((r) => r.kind === 'closed-union')).toEqual([]);
  });

  it('makes a path parameter required and records it', async () => {
    const document = minimal();
    const item = (document.paths as Record<string, Record<string, unknown>>)['/project/{project-slug}']!;
    (item.parameters as Array<Record<string, unknown>>)[0]!.required = false;
    const spec = await loadSpec(document, { mode: 'lenient' });
    expect(spec.operations.get('getProject')?.parameters.path[0]?.required).toBe(true);
    expect(spec.rewrites.filter((r) => r.kind === 'path-parameter-required').map((r) => r.pointer)).toEqual([
      '/paths/~1project~1{project-slug}/parameters/0/required',
    ]);
  });

  it('rewrites x-nullable to nullable and keeps a circular schema as one shared object', async () => {
    const spec = await loadSpec(minimal());
    const schema = spec.operations.get('getProject')?.responses['200']?.content['application/json']?.schema;
    expect(schema?.properties?.name).toEqual({ type: 'string', nullable: true });
    expect(schema?.properties?.children?.items).toBe(schema);
  });

  it('never changes an object source', async () => {
    const document = minimal();
    const before = JSON.stringify(document);
    await loadSpec(document);
    expect(JSON.stringify(document)).toBe(before);
  });

  it('gives JSON and YAML text of one document the same fingerprint, whatever the key order', async () => {
    const fromYaml = await loadSpec(YAML_TEXT);
    const reordered = {
      paths: { '/me': { get: { responses: { '200': { description: 'ok' } }, operationId: 'getMe' } } },
      info: { version: '1.0', title: 'Tiny' },
      openapi: '3.0.3',
    };
    const fromJson = await loadSpec(JSON.stringify(reordered, null, 2));
    expect(fromYaml.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(fromJson.fingerprint).toBe(fromYaml.fingerprint);
    expect((await loadSpec(reordered)).fingerprint).toBe(fromYaml.fingerprint);
  });

  it("works out an uncached text fingerprint on first read: the source's, whatever the document became", async () => {
    const text = JSON.stringify(minimal());
    const expected = (await loadSpec(minimal())).fingerprint;
    const spec = await loadSpec(text);
    spec.document.info.title = 'changed after the load';
    expect(Object.keys(spec)).toEqual([
      'document',
      'info',
      'openapi',
      'fingerprint',
      'operations',
      'webhooks',
      'operationByRoute',
      'rewrites',
      'warnings',
      'source',
      'fromCache',
    ]);
    expect(spec.fingerprint).toBe(expected);
    expect(Object.getOwnPropertyDescriptor(spec, 'fingerprint')).toMatchObject({ value: expected, writable: true });
    expect((await loadSpec(YAML_TEXT)).fingerprint).toBe(
      (await loadSpec(YAML_TEXT, { sourceType: 'text' })).fingerprint,
    );
    const assigned = await loadSpec(text);
    assigned.fingerprint = 'set by the caller';
    expect(assigned.fingerprint).toBe('set by the caller');
  });

  it.each([
    {
      given: 'a JSON number too large for a double',
      source: '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},"x-big":1e999}',
      number: 'Infinity',
    },
    {
      given: 'a YAML .nan',
      source: 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\nx-nan: .nan\n',
      number: 'NaN',
    },
    {
      given: 'a YAML -.inf in an array',
      source: 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\nx-list: [1, -.inf]\n',
      number: '-Infinity',
    },
  ])('refuses $given as NOT_OPENAPI during the load, fingerprint read or not', async ({ source, number }) => {
    for (const mode of ['strict', 'lenient'] as const) {
      const error = await loadSpec(source, { mode }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SpecError);
      expect(error).toMatchObject({ code: 'NOT_OPENAPI' });
      expect((error as SpecError).message).toBe(`<string>: not JSON data: the number ${number}`);
    }
  });

  it.each([
    { given: 'a JSON array', source: '[1, 2]', want: 'NOT_OPENAPI' },
    { given: 'a YAML scalar', source: 'just text\non two lines', want: 'NOT_OPENAPI' },
    { given: 'null', source: null, want: 'NOT_OPENAPI' },
    { given: 'a number', source: 42, want: 'NOT_OPENAPI' },
    { given: 'Swagger 2.0', source: { swagger: '2.0', info: {}, paths: {} }, want: 'UNSUPPORTED_VERSION' },
    { given: 'OpenAPI 3.2', source: { openapi: '3.2.0', info: {}, paths: {} }, want: 'UNSUPPORTED_VERSION' },
    { given: 'a number as version', source: { openapi: 3.0, info: {}, paths: {} }, want: 'UNSUPPORTED_VERSION' },
    { given: 'broken JSON', source: '{"openapi": "3.0.3",\n}', want: 'PARSE_JSON' },
    { given: 'broken YAML', source: 'openapi: [3.0.3\ninfo: {', want: 'PARSE_YAML' },
  ])('refuses $given with $want', async ({ source, want }) => {
    expect(await codeOf(source)).toBe(want);
  });

  it('gives the line and column of a JSON parse error', async () => {
    const error = await loadSpec('{\n  "openapi": "3.0.3",\n  "info": }\n}').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect(error).toMatchObject({ code: 'PARSE_JSON', line: 3, column: 11, source: '<string>' });
  });

  it('gives the line and column of a YAML parse error', async () => {
    const error = await loadSpec('openapi: 3.0.3\ninfo: {}\npaths: {}\ninfo: {}\n').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PARSE_YAML', line: 4, column: 1 });
  });

  it('refuses a YAML alias bomb instead of expanding it', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const previous = String.fromCharCode(96 + i);
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${previous}`).join(',')}]`,
      );
    }
    const error = await loadSpec(`openapi: 3.0.3\n${levels.join('\n')}\n`).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PARSE_YAML' });
    expect((error as SpecError).message).toMatch(/alias bomb/);
  });
});

describe('schemaCheck: false', () => {
  /** {@link minimal} with a response that breaks the OpenAPI 3.0 schema (no description) and a ref to nothing. */
  function flawed(): Record<string, unknown> {
    const document = minimal();
    const me = (document.paths as Record<string, Record<string, Record<string, unknown>>>)['/me']!.get!;
    me.responses = { '200': {}, '404': { $ref: '#/components/responses/Missing' } };
    return document;
  }

  it('skips the OpenAPI schema check and keeps the checks the loader relies on', async () => {
    const checked = await loadSpec(flawed(), { mode: 'lenient' });
    const unchecked = await loadSpec(flawed(), { mode: 'lenient', schemaCheck: false });
    expect(checked.warnings.map((w) => w.code)).toContain('INVALID_DOCUMENT');
    expect(unchecked.warnings.map((w) => w.code)).toEqual(['MISSING_REF']);
    expect([...unchecked.operations.keys()]).toEqual([...checked.operations.keys()]);
  });

  it('lets a strict load through a document that breaks only the schema', async () => {
    const document = flawed();
    (document.paths as Record<string, Record<string, Record<string, unknown>>>)['/me']!.get!.responses = { '200': {} };
    await expect(loadSpec(document)).rejects.toThrow(SpecError);
    expect((await loadSpec(document, { schemaCheck: false })).operations.has('getMe')).toBe(true);
  });

  it('is cached apart from a checked load of the same source', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const nodePath = await import('node:path');
    const cacheDir = mkdtempSync(nodePath.join(tmpdir(), 'schema-check-'));
    const options: LoadSpecOptions = { mode: 'lenient', cacheDir };
    await loadSpec(flawed(), { ...options, schemaCheck: false });
    const checked = await loadSpec(flawed(), options);
    expect(checked.fromCache).toBe(false);
    expect(checked.warnings.map((w) => w.code)).toContain('INVALID_DOCUMENT');
    expect((await loadSpec(flawed(), { ...options, schemaCheck: false })).fromCache).toBe(true);
  });
});
