/**
 * With `maxResources` set, every list and lookup answers what a brute-force
 * model gives: all resources ever created, oldest first, the oldest held one
 * marked evicted whenever a create goes over the bound, and lists filtered
 * from the rest. Random histories of creates, deletes, scope moves and
 * page walks interleaved with triggers, through HTTP.
 */
import { startMockServer, type MockServer } from '@circleci-kit/mock-server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookBody } from '../support/bodies.ts';
import { jsonCaller } from '../support/client.ts';
import { currentSpec } from '../support/spec.ts';

const MAX = 4;
const PAGE = 2;
const SLUGS = ['gh/acme/api', 'gh/acme/web', 'bb/other/app'];
const TOKENS = ['t1', 't2'];
const UUIDS = ['5034460f-c7c4-4c43-9457-de07e2029e7b', '6034460f-c7c4-4c43-9457-de07e2029e7b'];
const ORG_SLUGS = ['gh/acme', 'gh/other'];

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ spec: await currentSpec(), seed: 8, pageSize: PAGE, maxResources: MAX });
});
afterAll(() => mock.close());

interface Held {
  kind: 'pipeline' | 'context' | 'schedule' | 'webhook';
  id: string;
  alive: boolean;
  slug?: string;
  branch?: string;
  token?: string;
  number?: number;
  ownerId?: string;
  ownerSlug?: string;
  scope?: string;
}

type Op =
  | { op: 'trigger'; slug: string; branch: string; token: string }
  | { op: 'context'; owner: { id: string } | { slug: string } }
  | { op: 'schedule'; slug: string }
  | { op: 'webhook'; scope: string }
  | { op: 'move'; pick: number; scope: string }
  | { op: 'delete'; kind: 'context' | 'schedule' | 'webhook'; pick: number }
  | { op: 'walk'; slug: string; triggers: number };

const anOp: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('trigger' as const),
      slug: fc.constantFrom(...SLUGS),
      branch: fc.constantFrom('main', 'dev'),
      token: fc.constantFrom(...TOKENS),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('context' as const),
      owner: fc.oneof(fc.record({ id: fc.constantFrom(...UUIDS) }), fc.record({ slug: fc.constantFrom(...ORG_SLUGS) })),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('schedule' as const), slug: fc.constantFrom(...SLUGS) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('webhook' as const), scope: fc.constantFrom(...UUIDS) }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('move' as const), pick: fc.nat(), scope: fc.constantFrom(...UUIDS) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('delete' as const),
      kind: fc.constantFrom('context' as const, 'schedule' as const, 'webhook' as const),
      pick: fc.nat(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('walk' as const),
      slug: fc.constantFrom(...SLUGS),
      triggers: fc.integer({ min: 1, max: 4 }),
    }),
  },
);

const SCHEDULE = {
  name: 'nightly',
  timetable: { 'per-hour': 1, 'hours-of-day': [2], 'days-of-week': ['MON'] },
  'attribution-actor': 'current',
  parameters: { branch: 'main' },
};

/** The brute-force model: every resource ever created, oldest first. */
class Model {
  readonly all: Held[] = [];
  readonly numbers = new Map<string, number>();

  add(held: Held): void {
    this.all.push(held);
    const alive = this.all.filter((h) => h.alive);
    if (alive.length > MAX) alive[0]!.alive = false;
  }

  /** The live pipelines `keep` selects, newest first. */
  pipelines(keep: (h: Held) => boolean): string[] {
    return this.live('pipeline', keep).reverse();
  }

  /** The live resources of a kind `keep` selects, oldest first. */
  live(kind: Held['kind'], keep: (h: Held) => boolean = () => true): string[] {
    return this.all.filter((h) => h.kind === kind && h.alive && keep(h)).map((h) => h.id);
  }
}

async function page(token: string, path: string, pageToken?: string | null) {
  const url = `${path}${path.includes('?') ? '&' : '?'}${pageToken ? `page-token=${pageToken}` : ''}`;
  const { status, body } = await jsonCaller(mock.url, token)('GET', url);
  expect(status).toBe(200);
  return body as { items: Array<{ id: string }>; next_page_token: string | null };
}

async function walk(path: string, token = 't1'): Promise<string[]> {
  const seen: string[] = [];
  let next: string | null = null;
  do {
    const body = await page(token, path, next);
    seen.push(...body.items.map((item) => item.id));
    next = body.next_page_token;
  } while (next !== null);
  return seen;
}

async function trigger(model: Model, slug: string, branch: string, token: string): Promise<void> {
  const { status, body } = await jsonCaller(mock.url, token)('POST', `/project/${slug}/pipeline`, { branch });
  expect(status).toBe(201);
  const number = (model.numbers.get(slug) ?? 0) + 1;
  model.numbers.set(slug, number);
  expect(body.number).toBe(number);
  model.add({ kind: 'pipeline', id: body.id, alive: true, slug, branch, token, number });
}

async function apply(model: Model, op: Op): Promise<void> {
  const call = jsonCaller(mock.url, 't1');
  switch (op.op) {
    case 'trigger':
      return trigger(model, op.slug, op.branch, op.token);
    case 'context': {
      const owner = { ...op.owner, type: 'organization' };
      const { body } = await call('POST', '/context', { name: 'ctx', owner });
      model.add({
        kind: 'context',
        id: body.id,
        alive: true,
        ...('id' in op.owner ? { ownerId: op.owner.id } : { ownerSlug: op.owner.slug }),
      });
      return;
    }
    case 'schedule': {
      const { body } = await call('POST', `/project/${op.slug}/schedule`, SCHEDULE);
      model.add({ kind: 'schedule', id: body.id, alive: true, slug: op.slug });
      return;
    }
    case 'webhook': {
      const { body } = await call('POST', '/webhook', webhookBody(op.scope));
      model.add({ kind: 'webhook', id: body.id, alive: true, scope: op.scope });
      return;
    }
    case 'move': {
      const hooks = model.all.filter((h) => h.kind === 'webhook');
      if (hooks.length === 0) return;
      const hook = hooks[op.pick % hooks.length]!;
      const { status } = await call('PUT', `/webhook/${hook.id}`, { scope: { id: op.scope, type: 'project' } });
      expect(status).toBe(hook.alive ? 200 : 404);
      if (hook.alive) hook.scope = op.scope;
      return;
    }
    case 'delete': {
      const of = model.all.filter((h) => h.kind === op.kind);
      if (of.length === 0) return;
      const held = of[op.pick % of.length]!;
      const path = { context: '/context/', schedule: '/schedule/', webhook: '/webhook/' }[op.kind];
      expect((await call('DELETE', `${path}${held.id}`)).status).toBe(held.alive ? 200 : 404);
      held.alive = false;
      return;
    }
    case 'walk': {
      // A first page, triggers that may evict, then the next page from the first page's cursor.
      const path = `/project/${op.slug}/pipeline`;
      const first = await page('t1', path);
      const expected = model.pipelines((h) => h.slug === op.slug);
      expect(first.items.map((i) => i.id)).toEqual(expected.slice(0, PAGE));
      for (let i = 0; i < op.triggers; i++) await trigger(model, op.slug, 'main', 't1');
      if (first.next_page_token === null) return;
      const below = model.all.find((h) => h.id === first.items.at(-1)!.id)!.number!;
      const rest = model.pipelines((h) => h.slug === op.slug && h.number! < below);
      const second = await page('t1', path, first.next_page_token);
      expect(second.items.map((i) => i.id)).toEqual(rest.slice(0, PAGE));
      expect(second.next_page_token === null).toBe(rest.length <= PAGE);
    }
  }
}

async function checkEverything(model: Model): Promise<void> {
  const call = jsonCaller(mock.url, 't1');
  for (const slug of SLUGS) {
    expect(await walk(`/project/${slug}/pipeline`)).toEqual(model.pipelines((h) => h.slug === slug));
    expect(await walk(`/project/${slug}/pipeline?branch=dev`)).toEqual(
      model.pipelines((h) => h.slug === slug && h.branch === 'dev'),
    );
    expect(await walk(`/project/${slug}/pipeline/mine`, 't2')).toEqual(
      model.pipelines((h) => h.slug === slug && h.token === 't2'),
    );
    expect(await walk(`/project/${slug}/schedule`)).toEqual(model.live('schedule', (h) => h.slug === slug));
  }
  expect(await walk('/pipeline')).toEqual(model.pipelines(() => true));
  expect(await walk('/pipeline?org-slug=gh/acme')).toEqual(model.pipelines((h) => h.slug!.startsWith('gh/acme/')));
  expect(await walk('/pipeline?mine=true', 't2')).toEqual(model.pipelines((h) => h.token === 't2'));
  expect(await walk('/pipeline?org-slug=gh/acme&mine=true', 't2')).toEqual(
    model.pipelines((h) => h.slug!.startsWith('gh/acme/') && h.token === 't2'),
  );
  expect(await walk('/context')).toEqual(model.live('context'));
  for (const id of UUIDS) {
    expect(await walk(`/context?owner-id=${id}`)).toEqual(model.live('context', (h) => h.ownerId === id));
    const hooks = (await call('GET', `/webhook?scope-id=${id}&scope-type=project`)).body.items;
    expect(hooks.map((h: { id: string }) => h.id)).toEqual(model.live('webhook', (h) => h.scope === id));
  }
  for (const slug of ORG_SLUGS) {
    expect(await walk(`/context?owner-slug=${slug}`)).toEqual(model.live('context', (h) => h.ownerSlug === slug));
  }
  for (const held of model.all) {
    const path = { pipeline: '/pipeline/', context: '/context/', schedule: '/schedule/', webhook: '/webhook/' }[
      held.kind
    ];
    expect((await call('GET', `${path}${held.id}`)).status).toBe(held.alive ? 200 : 404);
    if (held.kind === 'pipeline') {
      expect((await call('GET', `/project/${held.slug}/pipeline/${held.number}`)).status).toBe(held.alive ? 200 : 404);
    }
  }
  expect(mock.state.resourceCount).toBe(model.all.filter((h) => h.alive).length);
  expect(mock.state.workflows.size).toBe(2 * model.live('pipeline').length);
}

describe('lists and lookups with maxResources', () => {
  it('answer what a brute-force model of creates, deletes and evictions gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anOp, { minLength: 1, maxLength: 24 }), async (ops) => {
        mock.reset();
        const model = new Model();
        for (const op of ops) await apply(model, op);
        await checkEverything(model);
      }),
      { seed: 34, numRuns: 30 },
    );
  }, 120_000);
});
