import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createDocsProgram } from '../src/cli-tree.ts';
import { cliInvocations, invocationProblems } from '../src/cli-invocations.ts';
import { repoRoot } from '../src/reference-pages.ts';

const { program } = createDocsProgram();

/** Parsed YAML, read by the checks below (each one's `expect` looks at the shape it needs). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, like JSON.parse's any
type Yaml = Record<string, any>;
const load = (path: string): Yaml => parse(readFileSync(join(repoRoot, path), 'utf8')) as Yaml;

/** The shell of every `run` step of a CircleCI job or a GitHub Actions job. */
function runScripts(steps: unknown[] | undefined): string[] {
  return (steps ?? []).flatMap((step) => {
    if (typeof step !== 'object' || step === null) return [];
    const run = (step as Yaml).run;
    if (typeof run === 'string') return [run];
    if (typeof run === 'object' && run !== null && typeof run.command === 'string') return [run.command];
    return [];
  });
}

/** The step names of a CircleCI job (`checkout`, `run`, `store_artifacts`, …). */
const stepKinds = (steps: unknown[] | undefined) =>
  (steps ?? []).map((step) => (typeof step === 'string' ? step : Object.keys(step as Yaml)[0]));

const workflowFiles = readdirSync(join(repoRoot, '.github/workflows'))
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => `.github/workflows/${name}`);

describe('the CLI command checker', () => {
  it.each([
    ['pnpm circleci-kit conformance --runs 25 --seed 1 --report junit=a.xml --pact-dir pacts', []],
    ['npx -y pnpm@12.4.2 circleci-kit conformance merge a.json b.json --report html=x.html > out', []],
    ['circleci-kit breaking diff "$previous" new.json --log b.md --format junit --fail-on never', []],
    ['pact-broker can-i-deploy --pacticipant circleci-kit --version 1', null],
    ['circleci-kit conformance --quiet --runs 5 --seed 1', []],
    ['circleci-kit --config ci.json breaking diff a.json b.json', []],
    ['circleci-kit conformance --no-such-flag', ['circleci-kit conformance has no option --no-such-flag']],
    ['circleci-kit conformance merj a.json', ['circleci-kit conformance has no command merj']],
    ['circleci-kit breaking difff a b', ['circleci-kit breaking has no command difff']],
    ['circleci-kit spec info --jsn | head', ['circleci-kit spec info has no option --jsn']],
  ])('%s → %j', (line, want) => {
    const [invocation] = cliInvocations(line);
    if (want === null) expect(invocation).toBeUndefined();
    else expect(invocationProblems(program, invocation!.args)).toEqual(want);
  });

  it('joins continuation lines and stops at shell operators', () => {
    expect(
      cliInvocations('a && pnpm circleci-kit conformance \\\n  --runs 5 \\\n  --seed 1 > x.txt').map((i) => i.args),
    ).toEqual([['conformance', '--runs', '5', '--seed', '1']]);
  });
});

describe.each([...['.circleci/config.yml'], ...workflowFiles])('%s', (path) => {
  const config = load(path);
  const jobs = Object.entries((config.jobs ?? {}) as Record<string, Yaml>);

  it('parses as YAML with jobs', () => {
    expect(jobs.length).toBeGreaterThan(0);
  });

  it('runs only circleci-kit commands and options that exist in the CLI', () => {
    const invocations = jobs.flatMap(([, job]) => runScripts(job.steps).flatMap(cliInvocations));
    const problems = invocations.flatMap(({ args, line }) =>
      invocationProblems(program, args).map((problem) => `${problem}: ${line}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('.circleci/config.yml', () => {
  const config = load('.circleci/config.yml');
  const jobs = config.jobs as Record<string, Yaml>;
  const invokes = (job: Yaml, words: string[]) =>
    runScripts(job.steps)
      .flatMap(cliInvocations)
      .some(
        ({ args }) => words.every((word, index) => args[index] === word) && (words.length > 1 || args[1] !== 'merge'),
      );
  const shardJob = Object.entries(jobs).find(([, job]) => invokes(job, ['conformance']));
  const mergeJob = Object.entries(jobs).find(([, job]) => invokes(job, ['conformance', 'merge']));
  const workflowJobs = Object.values(config.workflows as Record<string, Yaml>).flatMap((workflow) =>
    (workflow.jobs as unknown[]).map((entry) =>
      typeof entry === 'string'
        ? ([entry, {}] as [string, Yaml])
        : (Object.entries(entry as Yaml)[0] as [string, Yaml]),
    ),
  );

  it('runs the README test command and stores the JUnit results it writes', () => {
    const testJob = Object.values(jobs).find((job) =>
      runScripts(job.steps).some((script) => script.includes('bash .ci/run')),
    );
    expect(testJob).toBeDefined();
    const stored = (testJob!.steps as unknown[]).filter(
      (step): step is Yaml => typeof step === 'object' && step !== null && 'store_test_results' in step,
    );
    expect(stored.map((step) => (step.store_test_results as Yaml).path)).toContain('.cache/test/junit');
    expect(readFileSync(join(repoRoot, 'tools/test/run-all.mjs'), 'utf8')).toContain(
      "join(reportDir, 'junit', 'vitest.xml')",
    );
  });

  it('runs conformance with parallelism 4, storing JUnit results and artifacts, and persisting the shard report', () => {
    expect(shardJob, 'a job that runs circleci-kit conformance').toBeDefined();
    const [, job] = shardJob!;
    expect(job.parallelism).toBe(4);
    expect(stepKinds(job.steps)).toEqual(
      expect.arrayContaining(['store_test_results', 'store_artifacts', 'persist_to_workspace']),
    );
    const script = runScripts(job.steps).join('\n');
    expect(script).toMatch(/--report \S*junit=/);
    expect(script).toMatch(/--pact-dir /);
  });

  it('merges the shards in a job that requires the shard job', () => {
    expect(mergeJob, 'a job that runs circleci-kit conformance merge').toBeDefined();
    const [mergeName, job] = mergeJob!;
    expect(stepKinds(job.steps)).toEqual(expect.arrayContaining(['attach_workspace', 'store_artifacts']));
    const entry = workflowJobs.find(([name]) => name === mergeName);
    expect(entry?.[1].requires).toContain(shardJob![0]);
  });

  it('diffs the spec against the previous release with the breaking-changes log', () => {
    const diffs = Object.values(jobs)
      .flatMap((job) => runScripts(job.steps).flatMap(cliInvocations))
      .filter(({ args }) => args[0] === 'breaking' && args[1] === 'diff');
    expect(diffs.length).toBeGreaterThan(0);
    for (const { args } of diffs) expect(args).toContain('--log');
  });
});

describe('.github/workflows', () => {
  const all = workflowFiles.map(load);
  const jobs = all.flatMap((workflow) => Object.entries((workflow.jobs ?? {}) as Record<string, Yaml>));

  it.each(workflowFiles)('%s sets its token permissions, read-only', (path) => {
    expect(load(path).permissions).toEqual({ contents: 'read' });
  });

  it('keeps the job that runs bash .ci/run', () => {
    expect(jobs.some(([, job]) => runScripts(job.steps).some((script) => script.includes('bash .ci/run')))).toBe(true);
  });

  it('runs conformance over a matrix of 4 shards, merged by a job that needs them, and the breaking diff', () => {
    const shard = jobs.find(([, job]) =>
      runScripts(job.steps).some((script) => script.includes('circleci-kit conformance --')),
    );
    expect(shard).toBeDefined();
    const [shardName, shardJob] = shard!;
    expect(shardJob.strategy.matrix.shard).toHaveLength(4);
    expect(runScripts(shardJob.steps).join('\n')).toContain('--shard ${{ matrix.shard }}/4');
    const merge = jobs.find(([, job]) =>
      runScripts(job.steps).some((script) => script.includes('circleci-kit conformance merge')),
    );
    expect([merge?.[1].needs].flat()).toContain(shardName);
    expect(
      jobs.some(([, job]) => runScripts(job.steps).some((script) => script.includes('circleci-kit breaking diff'))),
    ).toBe(true);
  });
});
