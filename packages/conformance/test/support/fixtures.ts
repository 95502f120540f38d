import { locateFixture } from '@circleci-kit/fixtures/locate';
import { loadSpec, type LoadedSpec } from '@circleci-kit/spec-loader';
import type { ConformanceReport } from '../../src/index.ts';

/** The current spec, in `../shared` beside the repository or in what `pnpm fixtures` fetched. */
export const CURRENT_SPEC: string = locateFixture('specs/current/openapi.json');

let loaded: Promise<LoadedSpec> | undefined;

/** The current spec, loaded once per test file. */
export function currentSpec(): Promise<LoadedSpec> {
  loaded ??= loadSpec(CURRENT_SPEC);
  return loaded;
}

/** A small fixed report: one pass, one failure with everything, one skip, one target error. */
export function fixedReport(): ConformanceReport {
  return {
    format: 'circleci-kit-conformance/1',
    spec: {
      title: 'CircleCI API',
      version: 'v2',
      fingerprint: '53ae4dfb07283e2d5c61c817686212e888517af5731ea0a464802a5bae440a9b',
      operations: 110,
    },
    target: 'mock',
    seed: 7,
    runs: 20,
    shards: [],
    operations: ['getCurrentUser', 'getPipelineById'],
    checks: ['response-schema', 'auth-enforced', 'pagination-consistent'],
    results: [
      { operationId: 'getCurrentUser', check: 'response-schema', phase: 'valid', status: 'passed', cases: 20 },
      {
        operationId: 'getCurrentUser',
        check: 'auth-enforced',
        phase: 'auth',
        status: 'error',
        cases: 0,
        reason: 'the target http://127.0.0.1:9 cannot be reached: ECONNREFUSED',
      },
      {
        operationId: 'getCurrentUser',
        check: 'pagination-consistent',
        phase: 'pagination',
        status: 'skipped',
        cases: 0,
        reason: 'the operation does not page (no page-token parameter)',
      },
      {
        operationId: 'getPipelineById',
        check: 'response-schema',
        phase: 'valid',
        status: 'failed',
        cases: 3,
        failure: {
          message: 'body does not match the 200 schema: /id: expected a uuid, got "x" <b>',
          seed: 7,
          propertySeed: 123456,
          path: '2:0:1',
          input: { pathParams: { 'pipeline-id': '00000000-0000-1000-8000-000000000000' }, query: {}, headers: {} },
          request: {
            method: 'GET',
            url: 'http://127.0.0.1:4010/api/v2/pipeline/00000000-0000-1000-8000-000000000000',
            headers: { accept: 'application/json', 'circle-token': '***' },
            body: null,
          },
          response: {
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: '{"id":"x"}',
            elapsedMs: 1.5,
          },
          curl: "curl -X GET 'http://127.0.0.1:4010/api/v2/pipeline/00000000-0000-1000-8000-000000000000' -H 'accept: application/json' -H \"circle-token: $CIRCLECI_TOKEN\"",
          replayCommand:
            'circleci-kit conformance --replay reports/conformance/replays/getPipelineById.response-schema.json',
          replayFile: 'reports/conformance/replays/getPipelineById.response-schema.json',
        },
      },
      { operationId: 'getPipelineById', check: 'auth-enforced', phase: 'auth', status: 'passed', cases: 5 },
      {
        operationId: 'getPipelineById',
        check: 'pagination-consistent',
        phase: 'pagination',
        status: 'skipped',
        cases: 0,
        reason: 'the operation does not page (no page-token parameter)',
      },
    ],
    totals: { passed: 2, failed: 1, skipped: 2, error: 1 },
    requests: 52,
    durationMs: 1234,
  };
}
