import { describe, expect, it } from 'vitest';
import { document, verdicts, type Doc } from '../support/openapi-31.ts';

// A 3.0 document and the same API written in 3.1 by hand, keyword by keyword: `nullable` and
// `x-nullable` become type arrays (or `anyOf` with `{ type: 'null' }` beside a `$ref`), `example`
// becomes `examples`, boolean exclusive bounds become numeric ones, `format: byte` becomes
// `contentEncoding: base64`. They describe the same values, so the diff finds nothing either way.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });

/** The operations, with the schemas that differ between the versions given. */
function api(schemas: { pageToken: Doc; createBody: Doc; pipeline: Doc; response?: Doc }, version: string): Doc {
  return document(
    {
      paths: {
        '/pipeline/{id}': {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          get: {
            operationId: 'getPipeline',
            parameters: [{ name: 'page-token', in: 'query', schema: schemas.pageToken }],
            responses: {
              '200': { description: 'the pipeline', ...json(schemas.response ?? ref('Pipeline')) },
              '404': { description: 'none', ...json(ref('Error')) },
            },
          },
        },
        '/pipeline': {
          post: {
            operationId: 'createPipeline',
            requestBody: { required: true, ...json(schemas.createBody) },
            responses: { '201': { description: 'created', ...json(ref('Pipeline')) } },
          },
        },
      },
      components: {
        schemas: {
          Pipeline: schemas.pipeline,
          Trigger: {
            type: 'object',
            properties: {
              type: { type: 'string', enum: ['webhook', 'api'] },
              received_at: { type: 'string', format: 'date-time' },
            },
          },
          User: {
            type: 'object',
            required: ['kind', 'login'],
            properties: { kind: { type: 'string', enum: ['user'] }, login: { type: 'string' } },
          },
          Bot: {
            type: 'object',
            required: ['kind', 'name'],
            properties: { kind: { type: 'string', enum: ['bot'] }, name: { type: 'string' } },
          },
          Error: { type: 'object', properties: { message: { type: 'string' } } },
        },
      },
    },
    version,
  );
}

const actor = { oneOf: [ref('User'), ref('Bot')], discriminator: { propertyName: 'kind' } };

const v30 = api(
  {
    pageToken: { type: 'string', nullable: true },
    createBody: {
      type: 'object',
      required: ['branch'],
      additionalProperties: false,
      properties: {
        branch: { type: 'string', example: 'main' },
        config: { type: 'string', format: 'byte' },
        limit: {
          type: 'integer',
          minimum: 0,
          exclusiveMinimum: true,
          maximum: 100,
          exclusiveMaximum: true,
          example: 10,
        },
      },
    },
    pipeline: {
      type: 'object',
      required: ['id', 'state', 'number'],
      properties: {
        id: { type: 'string', format: 'uuid', example: '5034460f-c7c4-4c43-9457-de07e2029e7b' },
        state: { type: 'string', enum: ['created', 'errored', 'setup-pending'], example: 'created' },
        number: { type: 'integer', format: 'int64', minimum: 0, exclusiveMinimum: true },
        tag: { type: 'string', enum: ['setup'], 'x-nullable': true },
        stopped_at: { type: 'string', format: 'date-time', nullable: true },
        created_at: { 'x-nullable': true, description: 'When it was made.' },
        ratio: { type: 'number', minimum: 0, maximum: 1, exclusiveMaximum: true },
        trigger: { allOf: [ref('Trigger')], nullable: true },
        actor,
        labels: { type: 'array', items: { type: 'string', nullable: true }, example: ['a'] },
      },
    },
  },
  '3.0.3',
);

/** The same API in 3.1; `annotate` adds what only describes it (or changes nothing 3.1 reads as a limit). */
function v31(annotate = false): Doc {
  const note = (members: Doc) => (annotate ? members : {});
  return api(
    {
      pageToken: { type: ['string', 'null'], ...note({ $comment: 'opaque', description: 'From the last page.' }) },
      createBody: {
        type: 'object',
        required: ['branch'],
        additionalProperties: false,
        ...note({ title: 'New pipeline', 'x-internal-name': 'PipelineInput' }),
        properties: {
          branch: { type: 'string', examples: annotate ? ['main', 'release'] : ['main'] },
          config: { type: 'string', contentEncoding: 'base64', ...note({ description: 'The config, in base64.' }) },
          limit: { type: 'integer', exclusiveMinimum: 0, exclusiveMaximum: 100, examples: [10] },
        },
      },
      pipeline: {
        type: 'object',
        required: ['id', 'state', 'number'],
        ...note({ $comment: 'one run of a project', description: 'A pipeline.' }),
        properties: {
          id: { type: 'string', format: 'uuid', examples: ['5034460f-c7c4-4c43-9457-de07e2029e7b'] },
          state: { type: 'string', enum: ['created', 'errored', 'setup-pending'], examples: ['created'] },
          number: { type: 'integer', format: 'int64', exclusiveMinimum: 0, ...note({ deprecated: true }) },
          tag: { type: ['string', 'null'], enum: ['setup', null] },
          stopped_at: { type: ['string', 'null'], format: 'date-time' },
          created_at: { description: annotate ? 'When it was created.' : 'When it was made.' },
          ratio: { type: 'number', minimum: 0, exclusiveMaximum: 1 },
          trigger: { anyOf: [ref('Trigger'), { type: 'null' }], ...note({ description: 'What started it.' }) },
          actor,
          labels: { type: 'array', items: { type: ['string', 'null'] }, examples: [['a']] },
        },
      },
      // A description beside a `$ref`: 3.1 reads both, and the description limits nothing.
      ...(annotate ? { response: { ...ref('Pipeline'), description: 'The pipeline asked for.' } } : {}),
    },
    '3.1.0',
  );
}

describe('a 3.0 document against a faithful 3.1 version of itself', () => {
  it('reports no change, either way', async () => {
    expect(await verdicts(v30, v31())).toEqual([]);
    expect(await verdicts(v31(), v30)).toEqual([]);
  });

  it('reports no change when the 3.1 side adds only annotations, either way', async () => {
    expect(await verdicts(v30, v31(true))).toEqual([]);
    expect(await verdicts(v31(true), v30)).toEqual([]);
  });

  it('reports only documentation changes, at info, when asked for them', async () => {
    const changes = [
      ...(await verdicts(v30, v31(true), { includeDocs: true })),
      ...(await verdicts(v31(true), v30, { includeDocs: true })),
    ];
    expect(changes.length).toBeGreaterThan(0);
    expect(
      changes.filter(
        (change) => !/^(schema-description|schema-example|parameter-description)-changed@info$/.test(change),
      ),
    ).toEqual([]);
  });

  it('still sees a real change made in the 3.1 version', async () => {
    const changed = v31();
    const pipeline = (changed['components'] as { schemas: { Pipeline: { properties: Record<string, Doc> } } }).schemas
      .Pipeline;
    pipeline.properties['state'] = {
      type: ['string', 'null'],
      enum: ['created', 'errored', 'setup-pending', 'on-hold', null],
    };
    expect(await verdicts(v30, changed)).toEqual([
      'response-enum-value-added@warn',
      'response-enum-value-added@warn',
      'response-property-became-nullable@error',
      'response-property-became-nullable@error',
    ]);
  });
});
