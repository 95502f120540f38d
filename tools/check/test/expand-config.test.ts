import { describe, expect, it } from 'vitest';
import { expandConfig } from '../lib/circleci/expand-config.mjs';
import { parseYaml } from '../lib/circleci/load-yaml.mjs';

const expand = (yaml: string) => expandConfig(parseYaml(yaml));

const base = `
version: 2.1
executors:
  node-22:
    docker: [{ image: 'cimg/node:22.21' }]
    environment: { A: '1' }
  node-24:
    docker: [{ image: 'cimg/node:24.11' }]
`;

describe('expandConfig', () => {
  it('names matrix jobs <job>-<values>, values in the order of their parameter names, and expands an alias in requires', () => {
    const { workflow, jobs } = expand(`${base}
jobs:
  build:
    parameters:
      version: { type: string }
      platform: { type: string }
    executor: node-22
    steps: [{ run: 'echo << parameters.platform >> << parameters.version >>' }]
  test:
    parameters:
      node: { type: executor }
    executor: << parameters.node >>
    steps: [checkout]
  deploy:
    executor: node-22
    steps: [checkout]
workflows:
  ci:
    jobs:
      - build:
          matrix:
            parameters:
              version: ['0.1', '0.2']
              platform: [macos, linux]
            exclude:
              - { version: '0.2', platform: linux }
      - test:
          matrix:
            parameters:
              node: [node-22, node-24]
      - deploy:
          requires: [build, test-node-24]
`);
    expect(workflow).toBe('ci');
    expect(jobs.map((job) => job.name)).toEqual([
      'build-macos-0.1',
      'build-linux-0.1',
      'build-macos-0.2',
      'test-node-22',
      'test-node-24',
      'deploy',
    ]);
    expect(jobs[1]!.steps[0]).toMatchObject({ type: 'run', command: 'echo linux 0.1' });
    expect(jobs.map((job) => job.executor.image).slice(3, 5)).toEqual(['cimg/node:22.21', 'cimg/node:24.11']);
    expect(jobs.at(-1)!.requires).toEqual(['build-macos-0.1', 'build-linux-0.1', 'build-macos-0.2', 'test-node-24']);
  });

  it('takes a matrix name with << matrix.x >> and an alias', () => {
    const { jobs } = expand(`${base}
jobs:
  t:
    parameters: { n: { type: integer } }
    executor: node-22
    steps: [checkout]
workflows:
  ci:
    jobs:
      - t:
          name: shard-<< matrix.n >>
          matrix: { alias: shards, parameters: { n: [1, 2] } }
      - t:
          name: after
          n: 3
          requires: [shards]
`);
    expect(jobs.map((job) => [job.name, job.requires])).toEqual([
      ['shard-1', []],
      ['shard-2', []],
      ['after', ['shard-1', 'shard-2']],
    ]);
  });

  it('inlines reusable commands with their parameters and keeps parallelism and the environment', () => {
    const { jobs } = expand(`${base}
commands:
  greet:
    parameters:
      who: { type: string, default: world }
      then: { type: steps, default: [] }
    steps:
      - run: echo hello << parameters.who >>
      - << parameters.then >>
jobs:
  a:
    executor: node-22
    parallelism: 3
    environment: { B: 2 }
    working_directory: ~/src
    steps:
      - greet
      - greet:
          who: you
          then: [{ run: { name: after, command: 'echo after', when: always } }]
      - when: { condition: false, steps: [checkout] }
workflows:
  ci:
    jobs: [a]
`);
    const [job] = jobs;
    expect(job!.parallelism).toBe(3);
    expect(job!.executor).toEqual({
      image: 'cimg/node:22.21',
      environment: { A: '1', B: '2' },
      workingDirectory: '~/src',
    });
    expect(job!.steps.map((step) => [step.type, step.name, step['command']])).toEqual([
      ['run', 'echo hello world', 'echo hello world'],
      ['run', 'echo hello you', 'echo hello you'],
      ['run', 'after', 'echo after'],
    ]);
    expect(job!.steps[2]!['when']).toBe('always');
  });

  it.each([
    ['orbs', `orbs: { node: circleci/node@5 }`, 'unsupported: orbs (at orbs)'],
    [
      'a machine executor',
      `jobs: { a: { machine: { image: default }, steps: [checkout] } }\nworkflows: { ci: { jobs: [a] } }`,
      'unsupported: machine executor (at jobs.a)',
    ],
    [
      'an approval job',
      `jobs: { a: { executor: node-22, steps: [checkout] } }\nworkflows: { ci: { jobs: [{ a: { type: approval } }] } }`,
      'unsupported: job type approval (at workflows.ci.jobs[0])',
    ],
    [
      'a background step',
      `jobs: { a: { executor: node-22, steps: [{ run: { command: x, background: true } }] } }\nworkflows: { ci: { jobs: [a] } }`,
      'unsupported: run.background (at jobs.a.steps[0])',
    ],
    [
      'a requires with statuses',
      `jobs: { a: { executor: node-22, steps: [checkout] } }\nworkflows: { ci: { jobs: [a, { b: { requires: [{ a: [success, failed] }] } }] } }`,
      'unsupported: requires with a status',
    ],
    [
      'another image',
      `jobs: { a: { docker: [{ image: 'cimg/node:22.21' }, { image: 'cimg/postgres:16.0' }], steps: [checkout] } }\nworkflows: { ci: { jobs: [a] } }`,
      'unsupported: service containers (more than one docker image) (at jobs.a)',
    ],
  ])('refuses %s, naming it', (_, yaml, message) => {
    expect(() => expand(`${base}${yaml}`)).toThrow(message);
  });
});
