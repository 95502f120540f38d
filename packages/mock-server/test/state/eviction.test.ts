/**
 * `maxResources` on MockState: the oldest resource, of any kind, leaves
 * first, and a pipeline leaves every index with its workflows and jobs.
 */
import { MockState, type ContextRecord, type PipelineRecord } from '@circleci-kit/mock-server';
import { describe, expect, it } from 'vitest';

const trigger = (state: MockState, slug = 'gh/acme/api', branch = 'main', token = 't'): PipelineRecord =>
  state.addPipeline({ slug, token, branch, tag: undefined, parameters: {} });

function context(state: MockState, ownerId = 'org-1'): ContextRecord {
  const record: ContextRecord = {
    id: state.uuid(),
    name: 'ctx',
    owner: { id: ownerId, type: 'organization' },
    createdAt: state.now,
    variables: new Map(),
  };
  state.contexts.add(record);
  return record;
}

function schedule(state: MockState, projectSlug = 'gh/acme/api'): string {
  const id = state.uuid();
  state.schedules.add({ id, projectSlug, createdAt: state.now, updatedAt: state.now, fields: {} });
  return id;
}

function webhook(state: MockState, scopeId = 'scope-1'): string {
  const id = state.uuid();
  state.webhooks.add({ id, createdAt: state.now, updatedAt: state.now, fields: { scope: { id: scopeId } } });
  return id;
}

/** Which of the given resources are still held, by label. */
function held(state: MockState, resources: Record<string, string>): string[] {
  return Object.entries(resources)
    .filter(
      ([, id]) =>
        state.pipelines.has(id) || state.contexts.has(id) || state.schedules.has(id) || state.webhooks.has(id),
    )
    .map(([label]) => label);
}

describe('MockState with maxResources', () => {
  it('evicts the oldest resource first, whatever its kind', () => {
    const state = new MockState(1, { maxResources: 3 });
    const made: Record<string, string> = {};
    made.context = context(state).id;
    made.pipeline1 = trigger(state).id;
    made.schedule = schedule(state);
    expect(held(state, made)).toEqual(['context', 'pipeline1', 'schedule']);
    made.webhook = webhook(state);
    expect(held(state, made)).toEqual(['pipeline1', 'schedule', 'webhook']);
    made.pipeline2 = trigger(state).id;
    expect(held(state, made)).toEqual(['schedule', 'webhook', 'pipeline2']);
    made.context2 = context(state).id;
    made.context3 = context(state).id;
    expect(held(state, made)).toEqual(['pipeline2', 'context2', 'context3']);
    expect(state.resourceCount).toBe(3);
  });

  it('does not make a resource younger when it is updated, and a delete frees its room', () => {
    const state = new MockState(1, { maxResources: 2 });
    const made: Record<string, string> = { a: webhook(state), b: webhook(state) };
    const a = state.webhooks.get(made.a!)!;
    state.webhooks.regroup(a, () => (a.fields = { scope: { id: 'scope-2' } }));
    made.c = webhook(state);
    expect(held(state, made)).toEqual(['b', 'c']);
    expect(state.webhooks.delete(made.b!)).toBe(true);
    made.d = context(state).id;
    expect(held(state, made)).toEqual(['c', 'd']);
    made.e = context(state).id;
    expect(held(state, made)).toEqual(['d', 'e']);
  });

  it('drops an evicted pipeline from every index, with its workflows and jobs, and keeps numbering', () => {
    const state = new MockState(1, { maxResources: 2 });
    const first = trigger(state, 'gh/acme/api', 'dev', 'me');
    expect(state.workflows.size).toBe(2); // the read makes the first pipeline's workflows
    const workflows = [...first.workflowIds];
    trigger(state, 'gh/acme/api', 'dev', 'me');
    const third = trigger(state, 'gh/acme/api', 'dev', 'me');
    expect(third.number).toBe(3);
    const project = state.projects.get('gh/acme/api')!;
    expect(project.pipelines.at(0)).toBeUndefined();
    expect(project.pipelines.at(2)).toBe(third);
    expect([project.pipelines.first, project.pipelines.length]).toEqual([1, 3]);
    for (const list of [
      project.pipelines,
      project.byBranch.get('dev')!,
      project.byToken.get('me')!,
      state.pipelineList(),
      state.pipelineList({ org: 'gh/acme' }),
      state.pipelineList({ token: 'me' }),
      state.pipelineList({ org: 'gh/acme', token: 'me' }),
    ]) {
      expect([...list].map((p) => p.number)).toEqual([2, 3]);
    }
    expect(state.pipelines.has(first.id)).toBe(false);
    for (const id of workflows) expect(state.workflows.has(id)).toBe(false);
    expect(state.workflows.size).toBe(4);
    expect([...state.workflows.values()].flatMap((w) => w.jobs.map((j) => j.number))).not.toContain(1);
  });

  it('evicts pipelines whose workflows are not made yet, and the rest get the workflows they would have had', () => {
    const bounded = new MockState(4, { maxResources: 3 });
    const unbounded = new MockState(4);
    for (let i = 0; i < 10; i++) {
      trigger(bounded, i % 2 === 0 ? 'gh/acme/api' : 'gh/other/web');
      trigger(unbounded, i % 2 === 0 ? 'gh/acme/api' : 'gh/other/web');
    }
    const kept = [...bounded.pipelines.values()];
    expect(kept.map((p) => p.number)).toEqual([4, 5, 5]);
    expect(bounded.workflows.size).toBe(6);
    for (const pipeline of kept) {
      const twin = unbounded.pipelines.get(pipeline.id)!;
      expect(pipeline.workflowIds).toEqual(twin.workflowIds);
      expect(pipeline.workflowIds.map((id) => bounded.workflows.get(id))).toEqual(
        twin.workflowIds.map((id) => unbounded.workflows.get(id)),
      );
    }
  });

  it('drops an evicted context from its owner groups', () => {
    const state = new MockState(1, { maxResources: 2 });
    const old = context(state, 'org-1');
    const kept = context(state, 'org-1');
    context(state, 'org-2');
    expect(state.contexts.has(old.id)).toBe(false);
    expect(state.contexts.group('id:org-1')).toEqual([kept]);
  });

  it('counts nothing without a bound, and reset forgets the count', () => {
    const unbounded = new MockState(1);
    for (let i = 0; i < 5; i++) trigger(unbounded);
    expect([unbounded.maxResources, unbounded.resourceCount, unbounded.pipelines.size]).toEqual([undefined, 0, 5]);
    const bounded = new MockState(1, { maxResources: 2 });
    trigger(bounded);
    context(bounded);
    bounded.reset();
    expect(bounded.resourceCount).toBe(0);
    const first = trigger(bounded);
    trigger(bounded);
    expect(bounded.pipelines.has(first.id)).toBe(true);
  });

  it('keeps the count right when deletes outnumber what is held (the entries of deleted ones are swept)', () => {
    const state = new MockState(1, { maxResources: 5 });
    const keep = schedule(state);
    for (let i = 0; i < 500; i++) expect(state.schedules.delete(schedule(state))).toBe(true);
    const made: Record<string, string> = { keep };
    for (let i = 0; i < 4; i++) made[`w${i}`] = webhook(state);
    expect(held(state, made)).toEqual(['keep', 'w0', 'w1', 'w2', 'w3']);
    made.last = webhook(state);
    expect(held(state, made)).toEqual(['w0', 'w1', 'w2', 'w3', 'last']);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses maxResources %s', (maxResources) => {
    expect(() => new MockState(1, { maxResources })).toThrow(RangeError);
  });
});
