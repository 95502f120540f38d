import { describe, expect, it } from 'vitest';
import { loadSpec, SpecError } from '../src/index.ts';

/** A hand-written OpenAPI 3.1 document that uses every keyword 3.1 adds or changes. */
function petStore(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Pets', version: '1', license: { name: 'MIT', identifier: 'MIT' } },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    paths: { '/pets/{id}': { $ref: '#/components/pathItems/Pet' } },
    webhooks: {
      petAdopted: {
        post: {
          operationId: 'petAdopted',
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } },
          responses: { '200': { description: 'received' } },
        },
      },
    },
    components: {
      pathItems: {
        Pet: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: ['integer', 'string'] } }],
          get: {
            operationId: 'getPet',
            responses: {
              '200': {
                description: 'the pet',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet', description: 'one' } } },
              },
            },
          },
        },
      },
      schemas: {
        Pet: {
          type: 'object',
          required: ['name', 'kind'],
          properties: {
            name: { type: ['string', 'null'], examples: ['Rex'] },
            kind: { const: 'dog' },
            age: { type: 'integer', exclusiveMinimum: 0, exclusiveMaximum: 40 },
            position: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], items: false },
            photo: { type: 'string', contentMediaType: 'image/png', contentEncoding: 'base64' },
            owner: { anyOf: [{ $ref: '#/components/schemas/Pet/$defs/Owner' }, { type: 'null' }] },
          },
          dependentRequired: { age: ['name'] },
          $defs: { Owner: { type: 'object', properties: { id: { type: 'string' } } } },
        },
      },
    },
  };
}

/** The part of {@link petStore}'s component schemas the invalid variants change. */
interface Schemas {
  Pet: { properties: Record<'name' | 'position' | 'age', Record<string, unknown>>; dependentRequired: unknown };
}

describe('loadSpec on an OpenAPI 3.1 document', () => {
  it('loads it in strict mode, in the internal form, with its webhooks apart', async () => {
    const spec = await loadSpec(petStore());
    expect(spec.openapi).toBe('3.1.0');
    expect([...spec.operations.keys()]).toEqual(['getPet']);
    expect(spec.webhooks.map((hook) => [hook.operationId, hook.path, hook.pointer])).toEqual([
      ['petAdopted', 'petAdopted', '/webhooks/petAdopted/post'],
    ]);
    const getPet = spec.operations.get('getPet')!;
    expect(getPet.parameters.path[0]!.schema).toEqual({ anyOf: [{ type: 'integer' }, { type: 'string' }] });
    const pet = getPet.responses['200']!.content['application/json']!.schema!;
    // the annotation beside the $ref is left out: the reader meets the target itself
    expect(pet).toBe(spec.webhooks[0]!.requestBody!.content['application/json']!.schema);
    expect(pet.properties).toMatchObject({
      name: { type: 'string', nullable: true, example: 'Rex' },
      kind: { enum: ['dog'] },
      age: { type: 'integer', minimum: 0, exclusiveMinimum: true, maximum: 40, exclusiveMaximum: true },
      position: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], items: { not: {} } },
      photo: { type: 'string', contentMediaType: 'image/png', contentEncoding: 'base64' },
      owner: { nullable: true, allOf: [{ type: 'object', properties: { id: { type: 'string' } } }] },
    });
    expect(pet.dependentRequired).toEqual({ age: ['name'] });
    expect(new Set(spec.rewrites.map((rewrite) => rewrite.kind))).toEqual(
      new Set([
        'path-item-ref',
        'ref-siblings',
        'null-union',
        'const',
        'schema-examples',
        'exclusive-bound',
        'boolean-schema',
        'type-array',
        'path-level-parameter',
      ]),
    );
  });

  it('loads a document without paths', async () => {
    const { paths: _paths, ...document } = petStore();
    const spec = await loadSpec(document);
    expect(spec.operations.size).toBe(0);
    expect(spec.webhooks).toHaveLength(1);
  });

  it.each([
    {
      given: 'a type array naming no type',
      mutate: (schemas: Schemas) => (schemas.Pet.properties.name.type = ['string', 'nul']),
      pointer: '/components/schemas/Pet/properties/name/type/1',
    },
    {
      given: 'prefixItems that is not a list',
      mutate: (schemas: Schemas) => (schemas.Pet.properties.position.prefixItems = {}),
      pointer: '/components/schemas/Pet/properties/position/prefixItems',
    },
    {
      given: 'a boolean exclusiveMinimum (3.0 spelling)',
      mutate: (schemas: Schemas) => (schemas.Pet.properties.age.exclusiveMinimum = true),
      pointer: '/components/schemas/Pet/properties/age/exclusiveMinimum',
    },
    {
      given: 'dependentRequired naming a property by a string, not a list',
      mutate: (schemas: Schemas) => (schemas.Pet.dependentRequired = { age: 'name' }),
      pointer: '/components/schemas/Pet/dependentRequired/age',
    },
  ])('refuses $given, at its pointer', async ({ mutate, pointer }) => {
    const document = petStore();
    mutate((document.components as { schemas: Schemas }).schemas);
    const error = await loadSpec(document).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpecError);
    expect(error).toMatchObject({ code: 'INVALID_DOCUMENT', pointer });
  });

  it.each([
    { openapi: '3.2.0', pointer: '/openapi' },
    {
      openapi: '3.1.0',
      jsonSchemaDialect: 'https://json-schema.org/draft/2019-09/schema',
      pointer: '/jsonSchemaDialect',
    },
  ])('refuses OpenAPI $openapi with dialect $jsonSchemaDialect as UNSUPPORTED_VERSION', async (fields) => {
    const { pointer, ...override } = fields;
    const error = await loadSpec({ ...petStore(), ...override }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_VERSION', pointer });
  });
});
