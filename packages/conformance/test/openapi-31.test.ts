import { readFileSync } from 'node:fs';
import { loadSpec, type LoadedSpec } from '@circleci-kit/spec-loader';
import { convertSpec } from '@circleci-kit/spec-loader/convert';
import { describe, expect, it } from 'vitest';
import { runConformance, type ConformanceReport, type Interaction } from '../src/index.ts';
import { CURRENT_SPEC } from './support/fixtures.ts';

/** A run against the embedded mock, with its interactions, the run-dependent parts (port, date, timings) blanked. */
async function run(spec: LoadedSpec, runs: number) {
  const interactions: Interaction[] = [];
  const report = await runConformance({ spec, runs, seed: 11, interactions: (i) => void interactions.push(i) });
  const comparable = (r: ConformanceReport) =>
    r.results.map(({ operationId, check, status, cases, reason }) => ({ operationId, check, status, cases, reason }));
  const text = JSON.stringify(interactions)
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1')
    .replace(/"date":"[^"]*"/g, '"date":""')
    .replace(/"elapsedMs":[\d.e-]+/g, '"elapsedMs":0');
  return { report, results: comparable(report), interactions: JSON.parse(text) as unknown[] };
}

describe('conformance from a 3.1 document', () => {
  it('runs the current spec and its 3.1 conversion alike: the same results, requests and responses', async () => {
    const converted = await convertSpec(readFileSync(CURRENT_SPEC, 'utf8'), { to: '3.1', source: CURRENT_SPEC });
    const [v30, v31] = await Promise.all([loadSpec(CURRENT_SPEC), loadSpec(converted.text)]);
    expect(v31.openapi).toBe('3.1.0');
    const [from30, from31] = [await run(v30, 2), await run(v31, 2)];
    expect(from31.report.totals.failed).toBe(0);
    expect(from31.results).toEqual(from30.results);
    expect(from31.interactions).toEqual(from30.interactions);
  });

  it('passes every check on a hand-written 3.1 document that uses the keywords 3.0 lacks', async () => {
    const spec = await loadSpec({
      openapi: '3.1.0',
      info: { title: 'releases', version: '1' },
      paths: {
        '/release/{id}': {
          get: {
            operationId: 'getRelease',
            parameters: [
              { name: 'id', in: 'path', required: true, schema: { type: ['integer', 'string'] } },
              { name: 'channel', in: 'query', schema: { const: 'stable' } },
              { name: 'limit', in: 'query', schema: { type: 'integer', exclusiveMinimum: 0, maximum: 9 } },
            ],
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: {
                      type: 'object',
                      required: ['kind', 'range', 'manifest'],
                      properties: {
                        kind: { const: 'release' },
                        range: {
                          type: 'array',
                          prefixItems: [{ type: 'integer' }, { type: 'string', format: 'date' }],
                          minItems: 2,
                          items: false,
                        },
                        manifest: { type: 'string', contentMediaType: 'application/json', contentEncoding: 'base64' },
                        tag: { type: ['string', 'null'] },
                        branch: { type: 'string' },
                        revision: { type: 'string' },
                        legacy: false,
                      },
                      dependentRequired: { branch: ['revision'] },
                      additionalProperties: false,
                    },
                  },
                },
              },
            },
          },
        },
      },
    });
    const { report } = await run(spec, 10);
    expect(report.operations).toEqual(['getRelease']);
    const failed = report.results.filter((r) => r.status === 'failed' || r.status === 'error');
    expect(failed, JSON.stringify(failed, null, 1)).toEqual([]);
    expect(report.results.find((r) => r.check === 'response-schema')).toMatchObject({ status: 'passed' });
  });
});
