import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../src/_internals/schema-problems.ts';
import { loadSpec, SpecError } from '../../src/index.ts';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- hand-written documents, edited in place

/**
 * A valid OpenAPI 3.1 document that uses what 3.0 lacks: `jsonSchemaDialect`,
 * `webhooks` and no `paths`, `components.pathItems`, a `$ref` with a sibling
 * `description`, type arrays, `const`, `examples`, a numeric
 * `exclusiveMinimum`, `prefixItems`, `dependentRequired`, `$defs`,
 * `contentMediaType` and `contentEncoding`, boolean schemas; and what the
 * 3.1 schema's own flaws would refuse (see scripts/openapi-v31-schema.mjs):
 * a server variable's `description`, a link's `server`, a license with an
 * `identifier` and no `url`.
 */
function valid31(): Doc {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: { title: 'Build events', version: '1', license: { name: 'MIT', identifier: 'MIT' } },
    servers: [{ url: 'https://{host}/api', variables: { host: { default: 'example.com', description: 'The host.' } } }],
    webhooks: {
      buildFinished: {
        post: {
          parameters: [{ name: 'X-Signature', in: 'header', required: true, schema: { type: 'string' } }],
          requestBody: {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Build', description: 'The build that finished.' },
              },
            },
          },
          responses: {
            '200': {
              description: 'Received.',
              links: { retry: { operationId: 'retryBuild', server: { url: 'https://retry.example.com' } } },
            },
          },
        },
      },
      buildRetried: { $ref: '#/components/pathItems/Retried' },
    },
    components: {
      schemas: {
        Build: {
          type: 'object',
          required: ['id', 'kind'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            kind: { const: 'build' },
            note: { type: ['string', 'null'], examples: ['green', null] },
            duration: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 86400 },
            point: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], items: false },
            log: { type: 'string', contentMediaType: 'text/plain', contentEncoding: 'base64' },
            parent: { $ref: '#/components/schemas/Build/$defs/Parent' },
            anything: true,
          },
          dependentRequired: { start: ['end'] },
          discriminator: { propertyName: 'kind' },
          $defs: { Parent: { type: 'object', properties: { id: { type: 'string' } } } },
        },
      },
      pathItems: {
        Retried: {
          post: {
            parameters: [{ name: 'attempt', in: 'query', style: 'form', schema: { type: 'integer', minimum: 1 } }],
            responses: { '202': { description: 'Accepted.' } },
          },
        },
      },
    },
  };
}

const build = '/components/schemas/Build';
const hook = '/webhooks/buildFinished/post';
const retried = '/components/pathItems/Retried/post';
const typeNames =
  'must be equal to one of the allowed values: ["array","boolean","integer","null","number","object","string"]';

/** One mistake each, the one problem it must give, and where. */
const mistakes: Array<{ given: string; mutate: (d: Doc) => void; pointer: string; message: string }> = [
  {
    given: 'a type array with a number in it',
    mutate: (d) => (d.components.schemas.Build.properties.note.type = ['string', 5]),
    pointer: `${build}/properties/note/type/1`,
    message: typeNames,
  },
  {
    given: 'a misspelled type',
    mutate: (d) => (d.components.schemas.Build.properties.id.type = 'nul'),
    pointer: `${build}/properties/id/type`,
    message: typeNames,
  },
  {
    given: 'a type array with a type twice',
    mutate: (d) => (d.components.schemas.Build.properties.note.type = ['string', 'string']),
    pointer: `${build}/properties/note/type`,
    message: 'must NOT have duplicate items (items ## 0 and 1 are identical)',
  },
  {
    given: 'prefixItems as an object',
    mutate: (d) => (d.components.schemas.Build.properties.point.prefixItems = {}),
    pointer: `${build}/properties/point/prefixItems`,
    message: 'must be array',
  },
  {
    given: 'dependentRequired naming a string, not an array',
    mutate: (d) => (d.components.schemas.Build.dependentRequired = { a: 'b' }),
    pointer: `${build}/dependentRequired/a`,
    message: 'must be array',
  },
  {
    given: 'a boolean exclusiveMinimum (3.0 style)',
    mutate: (d) =>
      Object.assign(d.components.schemas.Build.properties.duration, { minimum: 0, exclusiveMinimum: true }),
    pointer: `${build}/properties/duration/exclusiveMinimum`,
    message: 'must be number',
  },
  {
    given: 'examples as one value, not an array',
    mutate: (d) => (d.components.schemas.Build.properties.note.examples = 'green'),
    pointer: `${build}/properties/note/examples`,
    message: 'must be array',
  },
  {
    given: '$defs as an array',
    mutate: (d) => (d.components.schemas.Build.$defs = []),
    pointer: `${build}/$defs`,
    message: 'must be object',
  },
  {
    given: 'a schema in $defs with a misspelled type',
    mutate: (d) => (d.components.schemas.Build.$defs.Parent.type = 'objet'),
    pointer: `${build}/$defs/Parent/type`,
    message: typeNames,
  },
  {
    given: 'a numeric contentMediaType',
    mutate: (d) => (d.components.schemas.Build.properties.log.contentMediaType = 5),
    pointer: `${build}/properties/log/contentMediaType`,
    message: 'must be string',
  },
  {
    given: 'a boolean contentEncoding',
    mutate: (d) => (d.components.schemas.Build.properties.log.contentEncoding = true),
    pointer: `${build}/properties/log/contentEncoding`,
    message: 'must be string',
  },
  {
    given: 'a schema that is a number',
    mutate: (d) => (d.components.schemas.Build.properties.anything = 5),
    pointer: `${build}/properties/anything`,
    message: 'must be object,boolean',
  },
  {
    given: 'a discriminator without propertyName (OAS vocabulary)',
    mutate: (d) => (d.components.schemas.Build.discriminator = { mapping: {} }),
    pointer: `${build}/discriminator`,
    message: 'missing required property "propertyName"',
  },
  {
    given: 'an xml object with a string for a boolean, in a nested schema (OAS vocabulary)',
    mutate: (d) => (d.components.schemas.Build.$defs.Parent.properties.id.xml = { wrapped: 'yes' }),
    pointer: `${build}/$defs/Parent/properties/id/xml/wrapped`,
    message: 'must be boolean',
  },
  {
    given: 'a webhook operation with an unknown property',
    mutate: (d) => (d.webhooks.buildFinished.post.summry = 'typo'),
    pointer: hook,
    message: 'unknown property "summry"',
  },
  {
    given: 'a webhook response without a description',
    mutate: (d) => delete d.webhooks.buildFinished.post.responses['200'].description,
    pointer: `${hook}/responses/200`,
    message: 'missing required property "description"',
  },
  {
    given: 'a path item in components with a response code out of range',
    mutate: (d) => (d.components.pathItems.Retried.post.responses['600'] = { description: 'x' }),
    pointer: `${retried}/responses`,
    message: 'unknown property "600"',
  },
  {
    given: 'a query parameter style outside the query styles',
    mutate: (d) => (d.components.pathItems.Retried.post.parameters[0].style = 'simple'),
    pointer: `${retried}/parameters/0/style`,
    message: 'must be equal to one of the allowed values: ["form","spaceDelimited","pipeDelimited","deepObject"]',
  },
  {
    given: 'a path parameter that is not required',
    mutate: (d) =>
      (d.components.pathItems.Retried.post.parameters[0] = {
        name: 'id',
        in: 'path',
        required: false,
        schema: { type: 'string' },
      }),
    pointer: `${retried}/parameters/0/required`,
    message: 'must be true',
  },
  {
    given: 'a path parameter without required, beside a style',
    mutate: (d) =>
      (d.components.pathItems.Retried.post.parameters[0] = { name: 'id', in: 'path', style: 'simple', schema: {} }),
    pointer: `${retried}/parameters/0`,
    message: 'missing required property "required"',
  },
  {
    given: 'a parameter with neither schema nor content',
    mutate: (d) => delete d.webhooks.buildFinished.post.parameters[0].schema,
    pointer: `${hook}/parameters/0`,
    message: 'needs exactly one of "schema", "content"',
  },
  {
    given: 'a parameter with both schema and content',
    mutate: (d) => (d.webhooks.buildFinished.post.parameters[0].content = { 'text/plain': {} }),
    pointer: `${hook}/parameters/0`,
    message: 'must match exactly one schema in oneOf',
  },
  {
    given: 'a parameter Reference Object with an unknown sibling',
    mutate: (d) => (d.webhooks.buildFinished.post.parameters[0] = { $ref: '#/components/parameters/P', foo: 1 }),
    pointer: `${hook}/parameters/0`,
    message: 'unknown property "foo"',
  },
  {
    given: 'a component name with a space',
    mutate: (d) => (d.components.schemas['Build Event'] = {}),
    pointer: '/components/schemas/Build Event',
    message: 'the name "Build Event" must match pattern "^[a-zA-Z0-9._-]+$"',
  },
  {
    given: 'a license with both an identifier and a url',
    mutate: (d) => (d.info.license.url = 'https://opensource.org/license/mit'),
    pointer: '/info/license/url',
    message: 'not allowed here',
  },
  {
    given: 'a jsonSchemaDialect that is no string',
    mutate: (d) => (d.jsonSchemaDialect = 5),
    pointer: '/jsonSchemaDialect',
    message: 'must be string',
  },
  {
    given: 'neither paths, components nor webhooks',
    mutate: (d) => {
      delete d.webhooks;
      delete d.components;
    },
    pointer: '',
    message: 'needs at least one of "paths", "components", "webhooks"',
  },
];

describe('schemaProblems on OpenAPI 3.1 documents', () => {
  it('finds no problem in a valid 3.1 document', async () => {
    expect(await schemaProblems(valid31())).toEqual([]);
  });

  it('finds none with the JSON Schema 2020-12 dialect, a license with a name alone, or paths', async () => {
    const document = valid31();
    document.jsonSchemaDialect = 'https://json-schema.org/draft/2020-12/schema';
    document.info.license = { name: 'Proprietary' };
    document.paths = { '/builds': { $ref: '#/components/pathItems/Retried', description: 'Retries.' } };
    expect(await schemaProblems(document)).toEqual([]);
  });

  it.each(mistakes)('names $given once, at its pointer', async ({ mutate, pointer, message }) => {
    const document = valid31();
    mutate(document);
    expect(await schemaProblems(document)).toEqual([{ code: 'INVALID_DOCUMENT', pointer, message }]);
  });

  it('names each of several mistakes once', async () => {
    const document = valid31();
    for (const index of [0, 1, 3]) mistakes[index]!.mutate(document);
    expect((await schemaProblems(document)).map((problem) => problem.pointer)).toEqual([
      `${build}/properties/id/type`,
      `${build}/properties/note/type/1`,
      `${build}/properties/point/prefixItems`,
    ]);
  });

  it('holds a 3.0 document to the 3.0 schema, where a type array is wrong', async () => {
    const document = valid31();
    document.openapi = '3.0.3';
    expect(await schemaProblems(document)).not.toEqual([]);
    expect(await schemaProblems({ ...document, openapi: '3.1.1' })).toEqual([]);
  });
});

describe('loadSpec on an invalid OpenAPI 3.1 document', () => {
  it('throws INVALID_DOCUMENT in strict mode, at the offending value', async () => {
    const document = valid31();
    document.components.schemas.Build.properties.duration.exclusiveMinimum = true;
    const error = await loadSpec(document).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect(error).toMatchObject({
      code: 'INVALID_DOCUMENT',
      pointer: `${build}/properties/duration/exclusiveMinimum`,
      problems: [{ code: 'INVALID_DOCUMENT', pointer: `${build}/properties/duration/exclusiveMinimum` }],
    });
  });
});
