import { CHECK_IDS } from '../check-catalogue.ts';

const request = {
  type: 'object',
  required: ['method', 'url', 'headers', 'body'],
  properties: {
    method: { type: 'string' },
    url: { type: 'string', description: 'absolute; a circle-token query value is masked as ***' },
    headers: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'lower-case names; secrets masked',
    },
    body: { type: ['string', 'null'] },
  },
  additionalProperties: false,
};

const response = {
  type: 'object',
  required: ['status', 'headers', 'body', 'elapsedMs'],
  properties: {
    status: { type: 'integer' },
    headers: { type: 'object', additionalProperties: { type: 'string' } },
    body: { type: 'string', description: 'the body text, shortened to 64 KiB' },
    elapsedMs: { type: 'number' },
  },
  additionalProperties: false,
};

const shard = {
  type: 'object',
  required: ['index', 'total'],
  properties: { index: { type: 'integer', minimum: 1 }, total: { type: 'integer', minimum: 1 } },
  additionalProperties: false,
};

const count = { type: 'integer', minimum: 0 };

/**
 * The JSON Schema (draft-07) of the JSON report (`--report json=PATH`): a
 * {@link ConformanceReport}. The README prints it; the tests validate every
 * report they write against it.
 *
 * @example
 * new Ajv().compile(CONFORMANCE_REPORT_SCHEMA)(JSON.parse(readFileSync('conformance.json', 'utf8'))); // true
 */
export const CONFORMANCE_REPORT_SCHEMA: Record<string, unknown> = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://circleci-kit.dev/schemas/conformance-report-1.json',
  title: 'circleci-kit conformance report',
  type: 'object',
  required: [
    'format',
    'spec',
    'target',
    'seed',
    'runs',
    'shards',
    'operations',
    'checks',
    'results',
    'totals',
    'requests',
    'durationMs',
  ],
  properties: {
    format: { const: 'circleci-kit-conformance/1' },
    spec: {
      type: 'object',
      required: ['title', 'version', 'fingerprint', 'operations'],
      properties: {
        title: { type: 'string' },
        version: { type: 'string' },
        fingerprint: { type: 'string', description: 'sha256 of the canonical JSON of the spec' },
        operations: { ...count, description: 'operations in the spec' },
      },
      additionalProperties: false,
    },
    target: { type: 'string', description: '"mock" or the base URL' },
    seed: { type: 'integer' },
    runs: { type: 'integer', minimum: 1, description: 'cases per property' },
    shards: { type: 'array', items: shard, description: 'empty when the run was not sharded' },
    operations: { type: 'array', items: { type: 'string' } },
    checks: { type: 'array', items: { enum: [...CHECK_IDS] } },
    results: {
      type: 'array',
      items: {
        type: 'object',
        required: ['operationId', 'check', 'phase', 'status', 'cases'],
        properties: {
          operationId: { type: 'string' },
          check: { enum: [...CHECK_IDS] },
          phase: { enum: ['request', 'valid', 'negative', 'auth', 'pagination', 'stateful'] },
          status: { enum: ['passed', 'failed', 'skipped', 'error'] },
          cases: count,
          reason: { type: 'string' },
          failure: {
            type: 'object',
            required: ['message', 'seed', 'propertySeed', 'replayCommand'],
            properties: {
              message: { type: 'string' },
              seed: { type: 'integer' },
              propertySeed: { type: 'integer' },
              path: { type: 'string', description: "fast-check's path to the shrunk case" },
              input: { description: 'the shrunk input: { pathParams, query, headers, body }' },
              request,
              response,
              curl: { type: 'string' },
              replayCommand: { type: 'string' },
              replayFile: { type: 'string' },
            },
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
    },
    totals: {
      type: 'object',
      required: ['passed', 'failed', 'skipped', 'error'],
      properties: { passed: count, failed: count, skipped: count, error: count },
      additionalProperties: false,
    },
    requests: count,
    durationMs: { type: 'number', minimum: 0 },
    aborted: {
      type: 'object',
      required: ['reason'],
      properties: { reason: { type: 'string' } },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};
