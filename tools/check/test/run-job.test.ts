import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Cache } from '../lib/circleci/cache.mjs';
import { expandConfig } from '../lib/circleci/expand-config.mjs';
import { parseYaml } from '../lib/circleci/load-yaml.mjs';
import { runJobNode } from '../lib/circleci/run-job.mjs';
import { Workspace } from '../lib/circleci/workspace.mjs';

const work = mkdtempSync(join(tmpdir(), 'circleci-run-job-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const source = join(work, 'source');
mkdirSync(source);
writeFileSync(join(source, 'lock.yaml'), 'v1\n');
const workspace = new Workspace(join(work, 'workspace'));
const cache = new Cache(join(work, 'cache'));

const jobsOf = (yaml: string) =>
  expandConfig(parseYaml(`version: 2.1\nexecutors: { n: { docker: [{ image: 'cimg/node:22.21' }] } }\n${yaml}`)).jobs;

let folders = 0;
function context(upstream: string[] = []) {
  folders += 1;
  const said: string[] = [];
  return {
    said,
    value: {
      hostHome: join(work, `home-${folders}`),
      mountHome: false,
      source,
      workspace,
      cache,
      upstream: new Set(upstream),
      outDir: join(work, `out-${folders}`),
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', CI: 'true' },
      keys: { arch: 'arch1-linux-amd64-6_85', branch: 'main', revision: 'abc', buildNum: 1 },
      say: (line: string) => said.push(line),
    },
  };
}

describe('runJobNode', () => {
  it('gives each node its index and the total, and the config environment', async () => {
    const [job] = jobsOf(`
jobs:
  shard:
    executor: n
    parallelism: 3
    environment: { WHO: job }
    steps:
      - run:
          environment: { STEP: yes }
          command: echo "$CIRCLE_NODE_INDEX/$CIRCLE_NODE_TOTAL $CIRCLE_JOB $WHO $STEP $CIRCLE_WORKING_DIRECTORY" > ~/seen
workflows: { ci: { jobs: [shard] } }`);
    const seen = [];
    for (const node of [0, 1, 2]) {
      const { value } = context();
      const result = await runJobNode(job!, node, value);
      expect(result).toMatchObject({ status: 'success', exitCode: 0 });
      seen.push(readFileSync(join(value.hostHome, 'seen'), 'utf8').trim());
    }
    expect(seen).toEqual(['0/3 shard job yes ~/project', '1/3 shard job yes ~/project', '2/3 shard job yes ~/project']);
  });

  it('after a failed step runs only when: always and on_fail steps, and the store steps, and keeps the first exit code', async () => {
    const [job] = jobsOf(`
jobs:
  a:
    executor: n
    steps:
      - run: mkdir -p results && echo '<testsuite/>' > results/r.xml && exit 3
      - run: echo skipped
      - run: { name: on fail, command: exit 4, when: on_fail }
      - run: { name: always, command: 'echo always > always.txt', when: always }
      - save_cache: { key: 'never-{{ .Branch }}', paths: [results] }
      - store_test_results: { path: results }
workflows: { ci: { jobs: [a] } }`);
    const { value, said } = context();
    const result = await runJobNode(job!, 0, value);
    expect(result.status).toBe('failed');
    expect(result.exitCode).toBe(3);
    expect(result.steps.map((step) => [step.name, step.status, step.code])).toEqual([
      ["mkdir -p results && echo '<testsuite/>' > results/r.xml && exit 3", 'failed', 3],
      ['echo skipped', 'skipped', undefined],
      ['on fail', 'failed', 4],
      ['always', 'success', 0],
      ['Saving cache', 'skipped', undefined],
      ['Uploading test results', 'success', 0],
    ]);
    expect(result.stored.testResults).toBe(1);
    expect(readFileSync(join(value.hostHome, 'project', 'always.txt'), 'utf8')).toBe('always\n');
    expect(cache.list().map((entry) => entry.key)).not.toContain('never-main');
    expect(said.some((line) => line.includes('exit 3'))).toBe(true);
  });

  it('persists paths to the workspace that a downstream job attaches, layer over layer', async () => {
    const [producer, consumer] = jobsOf(`
jobs:
  producer:
    executor: n
    steps:
      - checkout
      - run: mkdir -p reports/shards && echo one > reports/shards/a.json && ln -s ../lock.yaml reports/link
      - persist_to_workspace: { root: ., paths: [reports, lock.yaml] }
  consumer:
    executor: n
    steps:
      - attach_workspace: { at: ws }
      - run: test "$(cat ws/reports/shards/a.json)" = one && test -L ws/reports/link && cat ws/reports/link > copied
workflows: { ci: { jobs: [producer, { consumer: { requires: [producer] } }] } }`);
    expect((await runJobNode(producer!, 0, context().value)).status).toBe('success');
    const { value } = context(['producer']);
    const result = await runJobNode(consumer!, 0, value);
    expect(result.status).toBe('success');
    expect(readFileSync(join(value.hostHome, 'project', 'copied'), 'utf8')).toBe('v1\n');
    const { value: unrelated } = context([]);
    const nothing = await runJobNode(consumer!, 0, unrelated);
    expect(nothing.status).toBe('failed');
  });

  it('fails persist_to_workspace on a path that does not exist', async () => {
    const [job] = jobsOf(`
jobs:
  a:
    executor: n
    steps: [{ persist_to_workspace: { root: ., paths: [missing] } }]
workflows: { ci: { jobs: [a] } }`);
    expect(await runJobNode(job!, 0, context().value)).toMatchObject({ status: 'failed', exitCode: 1 });
  });

  it('saves a cache under its expanded key once, and restores it by key prefix into another job', async () => {
    const [save, restore] = jobsOf(`
jobs:
  save:
    executor: n
    steps:
      - checkout
      - run: mkdir -p ~/store && echo cached > ~/store/file
      - save_cache: { key: 'store-{{ .Branch }}-{{ checksum "lock.yaml" }}', paths: [~/store] }
      - save_cache: { key: 'store-{{ .Branch }}-{{ checksum "lock.yaml" }}', paths: [~/store] }
  restore:
    executor: n
    steps:
      - restore_cache: { keys: ['store-other-', 'store-main-'] }
      - run: cat ~/store/file > got
workflows: { ci: { jobs: [save, restore] } }`);
    const saving = context();
    expect((await runJobNode(save!, 0, saving.value)).status).toBe('success');
    expect(saving.said.filter((line) => line.includes('cache store-main-'))).toEqual([
      expect.stringMatching(/: saved$/),
      expect.stringMatching(/: exists$/),
    ]);
    const { value } = context();
    expect((await runJobNode(restore!, 0, value)).status).toBe('success');
    expect(readFileSync(join(value.hostHome, 'project', 'got'), 'utf8')).toBe('cached\n');
  });
});
