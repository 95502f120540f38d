import { describe, expect, it } from 'vitest';
import { runWorkflow, selectJobs, upstreamJobs } from '../lib/circleci/workflow.mjs';

const job = (name: string, requires: string[] = [], parallelism = 1) => ({
  name,
  job: name.replace(/-\d+$/, ''),
  requires,
  parallelism,
  executor: { image: 'cimg/node:22.21', environment: {}, workingDirectory: '~/project' },
  steps: [],
});

const jobs = [
  job('build'),
  job('test-22', ['build']),
  job('test-24', ['build']),
  job('shards', ['build'], 4),
  job('merge', ['shards']),
  job('report', ['merge']),
  job('diff', ['build']),
];

describe('runWorkflow', () => {
  it('runs every job once its requirements succeed, at most 2 nodes at a time', async () => {
    let active = 0;
    let most = 0;
    const started: string[] = [];
    const outcomes = await runWorkflow(jobs, {
      concurrency: 2,
      runNode: async (planned, node) => {
        started.push(`${planned.name}/${node}`);
        active += 1;
        most = Math.max(most, active);
        await new Promise((resolve) => setTimeout(resolve, 5));
        active -= 1;
        return { status: 'success', exitCode: 0 };
      },
    });
    expect(outcomes.map((outcome) => [outcome.job.name, outcome.status])).toEqual(jobs.map((j) => [j.name, 'success']));
    expect(most).toBe(2);
    expect(started.indexOf('build/0')).toBe(0);
    expect(started.indexOf('merge/0')).toBeGreaterThan(
      Math.max(...[0, 1, 2, 3].map((n) => started.indexOf(`shards/${n}`))),
    );
    expect(outcomes.find((outcome) => outcome.job.name === 'shards')!.nodes).toHaveLength(4);
  });

  it('blocks the jobs downstream of a failed shard, and still runs the others', async () => {
    const ran: string[] = [];
    const outcomes = await runWorkflow(jobs, {
      concurrency: 2,
      runNode: (planned, node) => {
        ran.push(planned.name);
        const failed = planned.name === 'shards' && node === 2;
        return Promise.resolve({ status: failed ? 'failed' : 'success', exitCode: failed ? 1 : 0 });
      },
    });
    const status = Object.fromEntries(outcomes.map((outcome) => [outcome.job.name, outcome.status]));
    expect(status).toEqual({
      build: 'success',
      'test-22': 'success',
      'test-24': 'success',
      shards: 'failed',
      merge: 'blocked',
      report: 'blocked',
      diff: 'success',
    });
    expect(ran).not.toContain('merge');
    expect(outcomes.find((outcome) => outcome.job.name === 'shards')!.nodes.map((node) => node.exitCode)).toEqual([
      0, 0, 1, 0,
    ]);
  });

  it('counts a node that threw as failed', async () => {
    const outcomes = await runWorkflow([job('a'), job('b', ['a'])], {
      concurrency: 2,
      runNode: () => Promise.reject(new Error('cp failed')),
    });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['failed', 'blocked']);
  });

  it('refuses a cycle', async () => {
    await expect(
      runWorkflow([job('a', ['b']), job('b', ['a'])], {
        concurrency: 2,
        runNode: () => Promise.resolve({ status: 'success' }),
      }),
    ).rejects.toThrow(/cycle/);
  });
});

describe('selectJobs and upstreamJobs', () => {
  it('keeps the jobs asked for and everything they require', () => {
    expect(selectJobs(jobs, ['report', 'diff']).map((j) => j.name)).toEqual([
      'build',
      'shards',
      'merge',
      'report',
      'diff',
    ]);
    expect(selectJobs(jobs, ['test']).map((j) => j.name)).toEqual(['build', 'test-22', 'test-24']);
    expect(() => selectJobs(jobs, ['nope'])).toThrow(/no job nope/);
  });

  it('finds every job upstream', () => {
    expect([...upstreamJobs(jobs).get('report')!].sort()).toEqual(['build', 'merge', 'shards']);
  });
});
