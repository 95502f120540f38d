import { MockState, type PipelineRecord } from '@circleci-kit/mock-server';
import { describe, expect, it } from 'vitest';

const trigger = (state: MockState, slug = 'gh/acme/api'): PipelineRecord =>
  state.addPipeline({ slug, token: 't', branch: 'main', tag: undefined, parameters: {} });

/** Every workflow of every pipeline, as ids, names, start times and job numbers. */
const snapshot = (state: MockState) =>
  [...state.pipelines.values()].map((pipeline) => ({
    pipeline: pipeline.id,
    workflows: pipeline.workflowIds.map((id) => {
      const workflow = state.workflows.get(id)!;
      return {
        id,
        name: workflow.name,
        createdAt: workflow.createdAt,
        startedBy: workflow.startedBy,
        jobs: workflow.jobs.map((job) => [job.id, job.name, job.number]),
      };
    }),
  }));

describe('MockState pipelines and their workflows', () => {
  it('gives the same workflows whether they are read after each trigger or once at the end', () => {
    const eager = new MockState(9);
    const lazy = new MockState(9);
    for (const [slug, wait] of [
      ['gh/acme/api', 0],
      ['gh/acme/web', 5_000],
      ['gh/acme/api', 1_000],
    ] as const) {
      eager.advance(wait);
      lazy.advance(wait);
      trigger(eager, slug);
      trigger(lazy, slug);
      expect(eager.workflows.size).toBeGreaterThan(0);
    }
    expect(snapshot(lazy)).toEqual(snapshot(eager));
  });

  it('starts the workflows when the pipeline was created and numbers build jobs per project in trigger order', () => {
    const state = new MockState(1);
    trigger(state, 'gh/acme/api');
    state.advance(60_000);
    trigger(state, 'gh/acme/web');
    trigger(state, 'gh/acme/api');
    state.advance(60_000);
    const [first, web, second] = snapshot(state);
    expect(first!.workflows.map((w) => [w.name, w.createdAt, w.jobs.map((j) => j[2])])).toEqual([
      ['build', state.now - 120_000, [1, 2]],
      ['deploy', state.now - 120_000, [undefined, 3]],
    ]);
    expect(web!.workflows.flatMap((w) => w.jobs.map((j) => j[2]))).toEqual([1, 2, undefined, 3]);
    expect(second!.workflows.flatMap((w) => w.jobs.map((j) => j[2]))).toEqual([4, 5, undefined, 6]);
    expect(state.projects.get('gh/acme/api')?.nextJobNumber).toBe(7);
  });

  it('gives every pipeline, workflow, starter and job its own id, and the same ids for the same seed', () => {
    const ids = (seed: number) => {
      const state = new MockState(seed);
      for (let i = 0; i < 50; i++) trigger(state);
      return snapshot(state).flatMap((p) => [
        p.pipeline,
        ...p.workflows.flatMap((w) => [w.id, w.startedBy, ...w.jobs.map((j) => j[0])]),
      ]);
    };
    const once = ids(3);
    expect(new Set(once).size).toBe(once.length);
    expect(ids(3)).toEqual(once);
    expect(ids(4)).not.toEqual(once);
  });

  it('reset forgets pipelines not read yet', () => {
    const state = new MockState(1);
    const first = trigger(state);
    state.reset();
    expect(state.workflows.size).toBe(0);
    expect(trigger(state).id).toBe(first.id);
    expect(state.workflows.size).toBe(2);
  });
});
