import { locateFixture } from '@circleci-kit/fixtures/locate';
import { loadSpec } from '@circleci-kit/spec-loader';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/generate.ts';
import { renderOpenApiTypes } from '../src/render-openapi-types.ts';
import { typesDocument } from '../src/types-document.ts';

const NEVER = { not: {} };

/** A one-operation document whose 200 response is an object with the property `v`. */
function documentWith(v: unknown, required: string[] = []): Record<string, unknown> {
  const schema = { type: 'object', required, properties: { v } };
  const content = { 'application/json': { schema } };
  return {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: { '/x': { get: { operationId: 'getX', responses: { '200': { description: 'ok', content } } } } },
  };
}

/** The generated text with every run of white space made one space. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('renderOpenApiTypes: the internal form', () => {
  it.each([
    // prefixItems: members past minItems optional, a rest element of `items` unless maxItems closes the tuple
    {
      given: 'a closed tuple',
      v: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], minItems: 2, items: NEVER },
      want: 'v?: [ string, number ];',
    },
    {
      given: 'an open tuple with items',
      v: { type: 'array', prefixItems: [{ type: 'string' }], minItems: 1, items: { type: 'boolean' } },
      want: 'v?: [ string, ...boolean[] ];',
    },
    {
      given: 'a tuple without items (any more items)',
      v: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], minItems: 1 },
      want: 'v?: [ string, number?, ...unknown[] ];',
    },
    {
      given: 'a tuple cut by maxItems',
      v: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], minItems: 1, maxItems: 1 },
      want: 'v?: [ string ];',
    },
    {
      given: 'a nullable tuple of union members',
      v: {
        type: 'array',
        nullable: true,
        prefixItems: [{ anyOf: [{ type: 'string' }, { type: 'integer' }] }],
        minItems: 1,
        items: NEVER,
      },
      want: 'v?: [ string | number ] | null;',
    },
    {
      given: 'a tuple of tuples',
      v: {
        type: 'array',
        prefixItems: [{ type: 'array', prefixItems: [{ type: 'boolean' }], minItems: 1, items: NEVER }],
        minItems: 1,
        items: NEVER,
      },
      want: 'v?: [ [ boolean ] ];',
    },
    {
      given: 'prefixItems without type: array (non-arrays pass too), as openapi-typescript leaves untyped items',
      v: { prefixItems: [{ type: 'string' }] },
      want: 'v?: unknown;',
    },
    // { not: {} }: never; as additionalProperties, no index signature (3.0's false)
    { given: 'a property that admits no value', v: NEVER, want: 'v?: never;' },
    { given: 'items that admit no value', v: { type: 'array', items: NEVER }, want: 'v?: never[];' },
    {
      given: 'additionalProperties that admit none',
      v: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: NEVER },
      want: 'v?: { a?: string; };',
    },
    // the rest of the internal form, as 3.0 has it
    { given: 'a const (one-value enum without type)', v: { enum: ['only'] }, want: 'v?: "only";' },
    {
      given: 'an anyOf per type with nullable',
      v: { nullable: true, anyOf: [{ type: 'string' }, { type: 'integer' }] },
      want: 'v?: (string | number) | null;',
    },
    { given: 'nullable', v: { type: 'string', nullable: true }, want: 'v?: string | null;' },
    {
      given: 'dependentRequired and content keywords (no effect on the type)',
      v: {
        type: 'object',
        properties: { a: { type: 'string', contentMediaType: 'application/json', contentEncoding: 'base64' } },
        dependentRequired: { a: ['b'] },
      },
      want: 'v?: { a?: string; };',
    },
  ])('$given → $want', async ({ v, want }) => {
    expect(flat(await renderOpenApiTypes(documentWith(v)))).toContain(` ${want} `);
  });

  it('writes a required tuple property as required', async () => {
    const v = { type: 'array', prefixItems: [{ type: 'string' }], minItems: 1, items: NEVER };
    expect(flat(await renderOpenApiTypes(documentWith(v, ['v'])))).toContain(' v: [ string ]; ');
  });

  it('leaves webhooks out: the client neither sends nor answers them', async () => {
    const document = {
      ...documentWith({ type: 'string' }),
      webhooks: { built: { post: { operationId: 'onBuilt', responses: { '200': { description: 'ok' } } } } },
    };
    const text = await renderOpenApiTypes(document);
    expect(text).not.toContain('onBuilt');
    expect(flat(text)).toContain('export type webhooks = Record<string, never>;');
  });

  it('does not change the document it is given', () => {
    const document = documentWith({ type: 'array', prefixItems: [NEVER], nullable: true, items: NEVER });
    const before = structuredClone(document);
    typesDocument(document);
    expect(document).toEqual(before);
  });

  it('renders a 3.0 document without those pieces exactly as openapi-typescript does', async () => {
    const spec = await loadSpec(locateFixture('specs/current/openapi.json'));
    const plain = astToString(await openapiTS(spec.document as never, { alphabetize: true }));
    expect(await renderOpenApiTypes(spec.document)).toBe(plain);
  });
});

describe('generate: a 3.1 document and its 3.0 twin', () => {
  /** One operation with a parameter and a response schema, spelled in `version`'s dialect. */
  function twin(version: '3.0.3' | '3.1.0') {
    const v31 = version === '3.1.0';
    const status = v31
      ? { type: ['string', 'null'], enum: ['on', 'off', null], examples: ['on'] }
      : { type: 'string', nullable: true, enum: ['on', 'off'], example: 'on' };
    const size = v31
      ? { type: 'integer', exclusiveMinimum: 0 }
      : { type: 'integer', minimum: 0, exclusiveMinimum: true };
    const id = v31 ? { type: ['integer', 'string'] } : { anyOf: [{ type: 'integer' }, { type: 'string' }] };
    const kind = v31 ? { type: 'string', const: 'machine' } : { type: 'string', enum: ['machine'] };
    const machine = {
      type: 'object',
      required: ['id', 'kind'],
      properties: { id, kind, status, size },
      additionalProperties: false,
    };
    return {
      openapi: version,
      info: { title: 'machines', version: '1' },
      paths: {
        '/machine/{id}': {
          get: {
            operationId: 'getMachine',
            parameters: [
              { name: 'id', in: 'path', required: true, schema: id },
              { name: 'status', in: 'query', schema: status },
            ],
            responses: {
              '200': {
                description: 'ok',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Machine' } } },
              },
            },
          },
        },
      },
      components: { schemas: { Machine: machine } },
    };
  }
  /** The generated files without their first two lines (the banner, which names the spec's fingerprint). */
  const body = (files: Record<string, string>) =>
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, text.split('\n').slice(2).join('\n')]));

  it('gives the same operation table and types, the fingerprint aside', async () => {
    const [v30, v31] = await Promise.all([loadSpec(twin('3.0.3')), loadSpec(twin('3.1.0'))]);
    const [from30, from31] = await Promise.all([generate(v30, 'twin'), generate(v31, 'twin')]);
    const unfingerprinted = (files: Record<string, string>, fingerprint: string) =>
      JSON.parse(JSON.stringify(body(files)).replaceAll(fingerprint, '<fingerprint>')) as unknown;
    expect(unfingerprinted(from31, v31.fingerprint)).toEqual(unfingerprinted(from30, v30.fingerprint));
    expect(flat(from31['openapi-types.ts']!)).toContain(' id: number | string; ');
    expect(flat(from31['operation-types.ts']!)).toContain(' id: string | number; ');
  });
});
