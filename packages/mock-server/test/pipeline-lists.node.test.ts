/**
 * The pipeline lists page from indexes kept as pipelines are created. Held
 * against a brute-force filter of every pipeline, newest first, over random
 * histories of triggers (projects, branches, tokens), through HTTP.
 */
import { startMockServer, type MockServer } from '@circleci-kit/mock-server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSpec } from './support/spec.ts';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ spec: await currentSpec(), seed: 8, pageSize: 3 });
});
afterAll(() => mock.close());

interface Trigger {
  slug: string;
  branch: string;
  token: string;
}

async function walk(path: string, token: string): Promise<number[]> {
  const seen: number[] = [];
  let next: string | null = null;
  do {
    const url = `${mock.url}${path}${path.includes('?') ? '&' : '?'}${next ? `page-token=${next}` : ''}`;
    const response = await fetch(url, { headers: { 'circle-token': token } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: Array<{ id: string }>; next_page_token: string | null };
    seen.push(...body.items.map((item) => ids.indexOf(item.id)));
    next = body.next_page_token;
  } while (next !== null);
  return seen;
}

let ids: string[] = [];
const trigger = fc.record({
  slug: fc.constantFrom('gh/acme/api', 'gh/acme/web', 'bb/other/app'),
  branch: fc.constantFrom('main', 'dev'),
  token: fc.constantFrom('t1', 't2'),
});

describe('pipeline lists', () => {
  it('list exactly what a filter of every pipeline gives, newest first', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(trigger, { minLength: 1, maxLength: 14 }), async (triggers: Trigger[]) => {
        mock.reset();
        ids = triggers.map((t) => mock.state.addPipeline({ ...t, tag: undefined, parameters: {} }).id);
        const want = (keep: (t: Trigger) => boolean) =>
          triggers
            .map((t, i) => (keep(t) ? i : -1))
            .filter((i) => i >= 0)
            .reverse();
        expect(await walk('/project/gh/acme/api/pipeline', 't1')).toEqual(want((t) => t.slug === 'gh/acme/api'));
        expect(await walk('/project/gh/acme/api/pipeline?branch=dev', 't1')).toEqual(
          want((t) => t.slug === 'gh/acme/api' && t.branch === 'dev'),
        );
        expect(await walk('/project/gh/acme/api/pipeline/mine', 't2')).toEqual(
          want((t) => t.slug === 'gh/acme/api' && t.token === 't2'),
        );
        expect(await walk('/pipeline', 't1')).toEqual(want(() => true));
        expect(await walk('/pipeline?org-slug=gh/acme', 't1')).toEqual(want((t) => t.slug.startsWith('gh/acme/')));
        expect(await walk('/pipeline?mine=true', 't2')).toEqual(want((t) => t.token === 't2'));
        expect(await walk('/pipeline?org-slug=gh/acme&mine=true', 't2')).toEqual(
          want((t) => t.slug.startsWith('gh/acme/') && t.token === 't2'),
        );
      }),
      { seed: 21, numRuns: 25 },
    );
  }, 60_000);
});
