import { loadSpec, type LoadedSpec } from '@circleci-kit/spec-loader';

/** Options that make {@link specPair}'s new version differ from the old one. */
export interface SpecChanges {
  /** Drop `login` from the `GET /me` response (a required property removed). */
  dropLogin?: boolean;
  /** Add `errored` to the pipeline `state` enum (a response enum value added). */
  addState?: boolean;
  /** Give the `branch` query parameter of `GET /pipeline/{id}` a pattern. */
  branchPattern?: string;
  /** Give the pipeline `id` in the 200 response a pattern (no rule of the catalogue covers it). */
  idPattern?: string;
  /** Remove `DELETE /widgets/{id}`, which no consumer calls. */
  dropWidgets?: boolean;
  /** Move `DELETE /widgets/{id}` to `DELETE /widgets/{id}/delete` (the operation keeps its id). */
  moveWidgets?: boolean;
  /** Give `count` in the `POST /widgets` request body a `multipleOf` (a request constraint tightened). */
  countMultipleOf?: number;
}

/** A small CircleCI-like spec: `GET /me`, `GET /pipeline/{id}`, `POST /widgets` and `DELETE /widgets/{id}`. */
export function specDocument(changes: SpecChanges = {}): Record<string, unknown> {
  const ok = (schema: unknown) => ({ description: 'ok', content: { 'application/json': { schema } } });
  return {
    openapi: '3.0.3',
    info: { title: 'consumers fixture', version: '1' },
    servers: [{ url: 'https://circleci.com/api/v2' }],
    paths: {
      '/me': {
        get: {
          operationId: 'getMe',
          responses: {
            '200': ok({
              type: 'object',
              required: changes.dropLogin === true ? ['id'] : ['id', 'login'],
              properties: {
                id: { type: 'string' },
                ...(changes.dropLogin === true ? {} : { login: { type: 'string' } }),
              },
            }),
          },
        },
      },
      '/pipeline/{id}': {
        get: {
          operationId: 'getPipeline',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            {
              name: 'branch',
              in: 'query',
              schema: {
                type: 'string',
                ...(changes.branchPattern === undefined ? {} : { pattern: changes.branchPattern }),
              },
            },
          ],
          responses: {
            '200': ok({
              type: 'object',
              required: ['id', 'state'],
              properties: {
                id: { type: 'string', ...(changes.idPattern === undefined ? {} : { pattern: changes.idPattern }) },
                state: { type: 'string', enum: changes.addState === true ? ['created', 'errored'] : ['created'] },
              },
            }),
            '404': ok({ type: 'object', properties: { message: { type: 'string' } } }),
          },
        },
      },
      '/widgets': {
        post: {
          operationId: 'createWidget',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['count'],
                  properties: {
                    count: {
                      type: 'integer',
                      ...(changes.countMultipleOf === undefined ? {} : { multipleOf: changes.countMultipleOf }),
                    },
                  },
                },
              },
            },
          },
          responses: { '201': { description: 'created' } },
        },
      },
      ...(changes.dropWidgets === true
        ? {}
        : {
            [changes.moveWidgets === true ? '/widgets/{id}/delete' : '/widgets/{id}']: {
              delete: {
                operationId: 'deleteWidget',
                parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
                responses: { '204': { description: 'gone' } },
              },
            },
          }),
    },
  };
}

/** Loads the old spec and a new one with `changes`. */
export async function specPair(changes: SpecChanges): Promise<{ oldSpec: LoadedSpec; newSpec: LoadedSpec }> {
  const [oldSpec, newSpec] = await Promise.all([loadSpec(specDocument()), loadSpec(specDocument(changes))]);
  return { oldSpec, newSpec };
}
