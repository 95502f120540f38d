import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/index.ts';
import { document, load, verdicts, type Doc, type VerdictRow } from '../support/openapi-31.ts';

// The parts of a 3.1 document that 3.0 lacks: `paths` may be absent, `webhooks` are requests the API
// sends (not operations clients call), and path items may live in `components.pathItems`.

/** A webhook whose JSON payload is an object of the given properties, none required unless named. */
const hook = (properties: Doc, required: string[] = [], extra: Doc = {}) => ({
  post: {
    operationId: 'jobDone',
    ...extra,
    requestBody: { content: { 'application/json': { schema: { type: 'object', properties, required } } } },
    responses: { '200': { description: 'received' } },
  },
});
const id = { type: 'string' };
const thing = {
  get: {
    operationId: 'getThing',
    responses: {
      '200': {
        description: 'ok',
        content: { 'application/json': { schema: { type: 'object', properties: { value: { type: 'string' } } } } },
      },
    },
  },
};

const rows: VerdictRow[] = [
  {
    given: 'no paths on either side, a webhook unchanged',
    old: document({ webhooks: { jobDone: hook({ id }) } }),
    new: document({ webhooks: { jobDone: hook({ id }) } }),
    forward: [],
    backward: [],
  },
  {
    given: 'paths dropped, leaving only webhooks: the operation is removed',
    old: document({ paths: { '/thing': thing }, webhooks: { jobDone: hook({ id }) } }),
    new: document({ webhooks: { jobDone: hook({ id }) } }),
    forward: ['operation-removed@error'],
    backward: ['operation-added@info'],
  },
  {
    given: 'a webhook removed',
    old: document({ webhooks: { jobDone: hook({ id }), jobStarted: hook({ id }) } }),
    new: document({ webhooks: { jobStarted: hook({ id }) } }),
    forward: ['webhook-removed@error'],
    backward: ['webhook-added@info'],
  },
  {
    given: 'a webhook payload property may now be null: read like a response, clients meet null',
    old: document({ webhooks: { jobDone: hook({ id }) } }),
    new: document({ webhooks: { jobDone: hook({ id: { type: ['string', 'null'] } }) } }),
    forward: ['response-property-became-nullable@error'],
    backward: ['response-property-became-not-nullable@info'],
  },
  {
    given: 'a webhook payload loses a required property',
    old: document({ webhooks: { jobDone: hook({ id, status: id }, ['id', 'status']) } }),
    new: document({ webhooks: { jobDone: hook({ id }, ['id']) } }),
    forward: ['response-required-property-removed@error'],
    backward: ['response-property-added@info'],
  },
  {
    given: "a webhook's summary and description change",
    old: document({ webhooks: { jobDone: hook({ id }, [], { summary: 'a', description: 'a' }) } }),
    new: document({ webhooks: { jobDone: hook({ id }, [], { summary: 'b', description: 'b' }) } }),
    forward: [],
    backward: [],
  },
  {
    given: 'a path item moved into components.pathItems',
    old: document({ paths: { '/thing': thing } }),
    new: document({
      paths: { '/thing': { $ref: '#/components/pathItems/Thing' } },
      components: { pathItems: { Thing: thing } },
    }),
    forward: [],
    backward: [],
  },
  {
    given: 'a webhook moved into components.pathItems',
    old: document({ webhooks: { jobDone: hook({ id }) } }),
    new: document({
      webhooks: { jobDone: { $ref: '#/components/pathItems/JobDone' } },
      components: { pathItems: { JobDone: hook({ id }) } },
    }),
    forward: [],
    backward: [],
  },
  {
    given: 'a path item of components.pathItems widens its response',
    old: document({
      paths: { '/thing': { $ref: '#/components/pathItems/Thing' } },
      components: { pathItems: { Thing: thing } },
    }),
    new: document({
      paths: { '/thing': { $ref: '#/components/pathItems/Thing' } },
      components: {
        pathItems: {
          Thing: {
            get: {
              ...thing.get,
              responses: {
                '200': {
                  description: 'ok',
                  content: {
                    'application/json': {
                      schema: { type: 'object', properties: { value: { type: ['string', 'integer'] } } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    }),
    forward: ['response-branch-added@error'],
    backward: ['response-branch-removed@info'],
  },
];

describe('3.1 documents, each pair read both ways', () => {
  it.each(rows)('$given', async ({ old, new: next, forward, backward }) => {
    expect(await verdicts(old, next)).toEqual([...forward].sort());
    expect(await verdicts(next, old)).toEqual([...backward].sort());
  });
});

describe('webhook changes', () => {
  it('name the webhook, point under /webhooks and are marked as webhook changes', async () => {
    const old = await load(document({ webhooks: { jobDone: hook({ id }) } }));
    const next = await load(document({ webhooks: { jobDone: hook({ id: { type: ['string', 'null'] } }) } }));
    expect(diffSpecs(old, next)).toEqual([
      expect.objectContaining({
        id: 'response-property-became-nullable',
        direction: 'response',
        operation: { method: 'POST', path: 'jobDone', operationId: 'jobDone', webhook: true },
        message: 'webhook `jobDone` payload property `id` became nullable',
        old: '/webhooks/jobDone/post/requestBody/content/application~1json/schema/properties/id',
        new: '/webhooks/jobDone/post/requestBody/content/application~1json/schema/properties/id',
      }),
    ]);
  });

  it('are never matched with operations of the same name and method', async () => {
    const old = await load(document({ paths: { '/jobDone': { post: hook({ id }).post } } }));
    const next = await load(document({ webhooks: { '/jobDone': hook({ id }) } }));
    const changes = diffSpecs(old, next);
    expect(changes.map((change) => [change.id, change.operation.webhook ?? false])).toEqual([
      ['operation-removed', false],
      ['webhook-added', true],
    ]);
  });
});
