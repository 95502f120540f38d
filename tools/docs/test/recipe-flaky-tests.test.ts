import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { createClient } from '@circleci-kit/core-client';
import { startMockServer } from '@circleci-kit/mock-server';
import { loadSpec } from '@circleci-kit/spec-loader';
import { worstFlakyTests } from '../../../docs/recipes/flaky-tests.ts';

type Mock = Awaited<ReturnType<typeof startMockServer>>;

describe('recipe: find flaky tests with insights', () => {
  let mock: Mock;

  beforeAll(async () => {
    const spec = await loadSpec(locateFixture('specs/current/openapi.json'));
    mock = await startMockServer({ spec, latencyMs: 0 });
  });
  afterAll(() => mock.close());

  it('runs against the embedded mock', async () => {
    const client = createClient({ token: 'recipe-token', baseUrl: mock.url });
    const { data } = await client.getFlakyTests({ projectSlug: 'gh/acme/api' });
    const { total, worst } = await worstFlakyTests(client, 'gh/acme/api', 2);

    expect(data['flaky-tests'].length).toBeGreaterThan(0);
    expect(total).toBe(data['total-flaky-tests']);
    expect(worst.length).toBe(Math.min(2, data['flaky-tests'].length));
    const counts = worst.map((test) => test.timesFlaked);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(Math.max(0, ...data['flaky-tests'].map((test) => test['times-flaked']))).toBe(counts[0] ?? 0);
    const names = data['flaky-tests'].map((test) => test['test-name']);
    for (const test of worst) expect(names.some((name) => test.name.endsWith(name))).toBe(true);
  });

  it('sorts worst first and keeps at most `limit`', async () => {
    const flaky = (name: string, times: number, classname: string | null) => ({
      'test-name': name,
      classname,
      'times-flaked': times,
      'job-name': 'test',
      file: null,
      source: null,
      'job-number': 1,
      'pipeline-number': 1,
      'workflow-name': 'build',
      'workflow-id': 'w',
      'workflow-created-at': '2025-01-01T00:00:00Z',
    });
    const body = {
      'flaky-tests': [flaky('a', 2, 'suite'), flaky('b', 9, null), flaky('c', 5, 'suite')],
      'total-flaky-tests': 3,
    };
    const fetch = () =>
      Promise.resolve(
        new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }),
      );
    const client = createClient({ token: 't', fetch });
    expect(await worstFlakyTests(client, 'gh/acme/api', 2)).toEqual({
      total: 3,
      worst: [
        { name: 'b', timesFlaked: 9, job: 'test', file: null },
        { name: 'suite › c', timesFlaked: 5, job: 'test', file: null },
      ],
    });
  });
});
