import { decideFault, FAULT_KINDS, MockServerError, parseFault, startMockServer } from '@circleci-kit/mock-server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentSpec } from './support/spec.ts';

describe('parseFault', () => {
  const table: Array<{ given: string; want: [string, number] | 'error' }> = [
    { given: '429:0.1', want: ['rate-limit', 0.1] },
    { given: 'rate-limit:1', want: ['rate-limit', 1] },
    { given: '5xx:0.5', want: ['server-error', 0.5] },
    { given: 'latency:0', want: ['latency', 0] },
    { given: 'drop:0.01', want: ['drop', 0.01] },
    { given: 'truncate:0.2', want: ['truncate', 0.2] },
    { given: 'latency:2', want: 'error' },
    { given: 'boom:0.1', want: 'error' },
    { given: 'drop', want: 'error' },
    { given: 'drop:0.1:3', want: 'error' },
  ];
  it.each(table)('$given → $want', ({ given, want }) => {
    if (want === 'error') expect(() => parseFault(given)).toThrow(MockServerError);
    else expect(parseFault(given)).toEqual(want);
  });
});

describe('decideFault', () => {
  it('is deterministic and hits about the rate asked for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.constantFrom(...FAULT_KINDS), (seed, kind) => {
        const draws = Array.from({ length: 2000 }, (_, i) => decideFault({ [kind]: 0.25 }, seed, i));
        expect(draws).toEqual(Array.from({ length: 2000 }, (_, i) => decideFault({ [kind]: 0.25 }, seed, i)));
        const hits = draws.filter((d) => d.kind === kind || d.delayMs > 0).length;
        expect(hits / 2000).toBeGreaterThan(0.2);
        expect(hits / 2000).toBeLessThan(0.3);
      }),
      { seed: 6, numRuns: 20 },
    );
  });
});

describe('faults over HTTP', () => {
  const headers = { 'Circle-Token': 't' };
  async function withFault<T>(faults: Record<string, number>, run: (url: string) => Promise<T>): Promise<T> {
    const mock = await startMockServer({ spec: await currentSpec(), seed: 9, faults, latencyMs: 150 });
    try {
      return await run(mock.url);
    } finally {
      await mock.close();
    }
  }

  it('rate-limit answers 429 with Retry-After', async () => {
    const response = await withFault({ 'rate-limit': 1 }, (url) => fetch(`${url}/me`, { headers }));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
  });

  it('server-error answers a 5xx with a message', async () => {
    const response = await withFault({ 'server-error': 1 }, (url) => fetch(`${url}/me`, { headers }));
    expect([500, 503]).toContain(response.status);
    expect(await response.json()).toHaveProperty('message');
  });

  it('latency delays the answer', async () => {
    const elapsed = await withFault({ latency: 1 }, async (url) => {
      const start = performance.now();
      expect((await fetch(`${url}/me`, { headers })).status).toBe(200);
      return performance.now() - start;
    });
    expect(elapsed).toBeGreaterThanOrEqual(140);
  });

  it('drop closes the connection without an answer', async () => {
    await withFault({ drop: 1 }, (url) => expect(fetch(`${url}/me`, { headers })).rejects.toThrow());
  });

  it('truncate sends part of the body and closes', async () => {
    await withFault({ truncate: 1 }, async (url) => {
      const response = await fetch(`${url}/me`, { headers });
      expect(response.status).toBe(200);
      await expect(response.text()).rejects.toThrow();
    });
  });

  it('the same seed gives the same faults in the same order', async () => {
    const run = () =>
      withFault({ 'rate-limit': 0.5 }, async (url) => {
        const statuses: number[] = [];
        for (let i = 0; i < 20; i++) statuses.push((await fetch(`${url}/me`, { headers })).status);
        return statuses;
      });
    const first = await run();
    expect(first).toEqual(await run());
    expect(first).toContain(429);
    expect(first).toContain(200);
  });
});
