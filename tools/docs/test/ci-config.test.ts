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

/** The body of each CircleCI step of a kind (`{ root, paths }` of `persist_to_workspace`, …). */
const stepsOfKind = (steps: unknown[] | undefined, kind: string): Yaml[] =>
  (steps ?? []).flatMap((step) =>
    typeof step === 'object' && step !== null && kind in step ? [(step as Yaml)[kind] as Yaml] : [],
  );

/** A script that installs the workspace's packages or builds it (the README's test command aside). */
const INSTALLS_OR_BUILDS = /\bpnpm(?:@[\d.]+)?\s+(?:install|i|add|build|run\s+build)\b|\bturbo\s+run\s+build\b/;
/** A script that fetches CircleCI's spec files. */
const FETCHES_FIXTURES = /\bpnpm(?:@[\d.]+)?\s+fixtures\b|tools\/fixtures\/bin\.mjs(?!\s+locate)/;
/** The fixtures step passes a mirror's URL only when the variable is set. */
const BASE_URL_WHEN_SET = '${CIRCLECI_KIT_FIXTURES_BASE_URL:+--base-url "$CIRCLECI_KIT_FIXTURES_BASE_URL"}';

/** Every string in a parsed YAML document (keys aside). */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(strings)
      : [];

/** The Node major of a `cimg/node:X.Y` image. */
const imageMajor = (image: string) => Number(/^cimg\/node:(\d+)\./.exec(image)?.[1]);

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
  const scripts = jobs.flatMap(([, job]) => runScripts(job.steps));

  it('parses as YAML with jobs', () => {
    expect(jobs.length).toBeGreaterThan(0);
  });

  it('runs only circleci-kit commands and options that exist in the CLI', () => {
    const invocations = scripts.flatMap(cliInvocations);
    const problems = invocations.flatMap(({ args, line }) =>
      invocationProblems(program, args).map((problem) => `${problem}: ${line}`),
    );
    expect(problems).toEqual([]);
  });

  it('never reads ../shared: every spec file comes through `circleci-kit-fixtures locate`', () => {
    expect(strings(config).filter((text) => text.includes('../shared'))).toEqual([]);
    for (const script of scripts.filter((text) => /specs\/|breaking-log/.test(text))) {
      for (const line of script.split('\n').filter((text) => /specs\/|breaking-log/.test(text))) {
        expect(line).toMatch(/^\s*\w+="\$\(node tools\/fixtures\/bin\.mjs locate [\w./-]+\)"$/);
      }
    }
    const runs = scripts.flatMap(cliInvocations).filter(({ args }) => args[0] === 'conformance' && args[1] !== 'merge');
    for (const { args } of runs) expect(args).toContain('--spec');
  });
});

describe('.ci/previous-spec', () => {
  const code = readFileSync(join(repoRoot, '.ci/previous-spec'), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'));

  it('finds the current spec and the history through `circleci-kit-fixtures locate`, not in ../shared', () => {
    expect(code.filter((line) => line.includes('../shared'))).toEqual([]);
    expect(code.join('\n')).toContain('locate specs/current/openapi.json');
    expect(code.join('\n')).toContain('locate specs/history/');
  });
});

describe('.circleci/config.yml', () => {
  const config = load('.circleci/config.yml');
  const jobs = config.jobs as Record<string, Yaml>;
  const executors = config.executors as Record<string, Yaml>;
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
  const requires = new Map(workflowJobs.map(([name, entry]) => [name, (entry.requires ?? []) as string[]]));
  const upstream = (name: string): string[] =>
    (requires.get(name) ?? []).flatMap((required) => [required, ...upstream(required)]);
  const buildJobs = Object.entries(jobs).filter(([, job]) =>
    runScripts(job.steps).some((script) => INSTALLS_OR_BUILDS.test(script) || FETCHES_FIXTURES.test(script)),
  );
  const testJob = Object.entries(jobs).find(([, job]) =>
    runScripts(job.steps).some((script) => script.includes('bash .ci/run')),
  );

  it('runs the README test command and stores the JUnit results it writes', () => {
    expect(testJob).toBeDefined();
    const stored = stepsOfKind(testJob![1].steps, 'store_test_results');
    expect(stored.map((step) => step.path)).toContain('.cache/test/junit');
    expect(readFileSync(join(repoRoot, 'tools/test/run-all.mjs'), 'utf8')).toContain(
      "join(reportDir, 'junit', 'vitest.xml')",
    );
  });

  it('builds once: one job installs, fetches the spec files and builds, and persists the whole checkout', () => {
    expect(buildJobs.map(([name]) => name)).toHaveLength(1);
    const [buildName, build] = buildJobs[0]!;
    expect(requires.get(buildName)).toEqual([]);
    const scripts = runScripts(build.steps);
    const at = (pattern: RegExp) => scripts.findIndex((script) => pattern.test(script));
    expect(at(/pnpm@[\d.]+ install --frozen-lockfile/)).toBeGreaterThanOrEqual(0);
    // The fixtures tool runs on the installed packages, and the build's codegen reads the spec it fetched.
    expect(at(FETCHES_FIXTURES)).toBeGreaterThan(at(/install/));
    expect(at(/pnpm@[\d.]+ build/)).toBeGreaterThan(at(FETCHES_FIXTURES));
    expect(scripts[at(FETCHES_FIXTURES)]).toContain(BASE_URL_WHEN_SET);
    expect(stepsOfKind(build.steps, 'persist_to_workspace')).toContainEqual({ root: '.', paths: ['.'] });
  });

  it('installs and builds nowhere else: every other job attaches the workspace instead of checking out', () => {
    for (const [name, job] of Object.entries(jobs).filter(([name]) => name !== buildJobs[0]![0])) {
      expect(stepKinds(job.steps), name).not.toContain('checkout');
      expect(job.steps[0], name).toEqual({ attach_workspace: { at: '.' } });
      for (const script of runScripts(job.steps)) {
        expect(INSTALLS_OR_BUILDS.test(script) || FETCHES_FIXTURES.test(script), `${name}: ${script}`).toBe(false);
      }
      expect(upstream(name), name).toContain(buildJobs[0]![0]);
    }
  });

  it('caches the pnpm store, at the path every executor gives pnpm, on the lockfile', () => {
    const [, build] = buildJobs[0]!;
    const stores = new Set(Object.values(executors).map((executor) => executor.environment?.pnpm_config_store_dir));
    expect([...stores]).toHaveLength(1);
    const [store] = [...stores] as string[];
    expect(store).toMatch(/^\//);
    const kinds = stepKinds(build.steps);
    const install = build.steps.findIndex((step: unknown) =>
      runScripts([step]).some((script) => script.includes('install')),
    );
    const [restore] = stepsOfKind(build.steps, 'restore_cache');
    const [save] = stepsOfKind(build.steps, 'save_cache');
    expect(kinds.indexOf('restore_cache')).toBeLessThan(install);
    expect(kinds.indexOf('save_cache')).toBeGreaterThan(install);
    expect(restore!.keys[0]).toContain('{{ checksum "pnpm-lock.yaml" }}');
    expect(save!.key).toBe(restore!.keys[0]);
    expect(save!.paths).toEqual([store]);
  });

  it('pairs each attach_workspace with a persist_to_workspace upstream, and each persist with an attach downstream', () => {
    const persists = (name: string) => stepsOfKind(jobs[name]?.steps, 'persist_to_workspace').length > 0;
    const attaches = (name: string) => stepsOfKind(jobs[name]?.steps, 'attach_workspace').length > 0;
    for (const [name] of workflowJobs) {
      if (attaches(name))
        expect(upstream(name).some(persists), `${name} attaches what nothing upstream persists`).toBe(true);
      if (persists(name)) {
        const downstream = workflowJobs.filter(([other]) => upstream(other).includes(name)).map(([other]) => other);
        expect(downstream.some(attaches), `${name} persists what nothing downstream attaches`).toBe(true);
      }
    }
  });

  it('runs the test job on Node 22 and 24 (a matrix of executors), and every other job on 22', () => {
    const [testName, test] = testJob!;
    const [, entry] = workflowJobs.find(([name]) => name === testName)!;
    const [parameter, values] = Object.entries(entry.matrix.parameters as Record<string, string[]>)[0]!;
    expect(test.parameters[parameter].type).toBe('executor');
    expect(test.executor).toBe(`<< parameters.${parameter} >>`);
    expect(values.map((name) => imageMajor(executors[name]!.docker[0].image))).toEqual([22, 24]);
    for (const [name, job] of Object.entries(jobs).filter(([name]) => name !== testName)) {
      expect(imageMajor(executors[job.executor]!.docker[0].image), name).toBe(22);
    }
  });

  it('runs conformance with parallelism 4, storing JUnit results and artifacts, and persisting the shard report', () => {
    expect(shardJob, 'a job that runs circleci-kit conformance').toBeDefined();
    const [, job] = shardJob!;
    expect(job.parallelism).toBe(4);
    expect(stepKinds(job.steps)).toEqual(
      expect.arrayContaining(['store_test_results', 'store_artifacts', 'persist_to_workspace']),
    );
    const script = runScripts(job.steps).join('\n');
    expect(script).toMatch(/--report \S*json=reports\/shards\//);
    expect(script).toMatch(/--report \S*junit=/);
    expect(script).toMatch(/--pact-dir reports\/pacts\//);
    expect(stepsOfKind(job.steps, 'persist_to_workspace')).toContainEqual({
      root: '.',
      paths: ['reports/shards', 'reports/pacts'],
    });
  });

  it('merges the shards in a job that requires the shard job', () => {
    expect(mergeJob, 'a job that runs circleci-kit conformance merge').toBeDefined();
    const [mergeName, job] = mergeJob!;
    expect(stepKinds(job.steps)).toEqual(expect.arrayContaining(['attach_workspace', 'store_artifacts']));
    expect(requires.get(mergeName)).toContain(shardJob![0]);
  });

  it('lets a failed check through the shards and fails the merge job on it, requiring plain job names', () => {
    expect(runScripts(shardJob![1].steps).join('\n')).toMatch(/\[ "\$code" -le 1 \]\s*$/);
    expect(runScripts(mergeJob![1].steps).at(-1)).toBe('exit "$(cat reports/merge-exit-code)"');
    for (const names of requires.values()) for (const name of names) expect(typeof name).toBe('string');
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
  const all = workflowFiles.map((path) => [path, load(path)] as const);
  const jobs = all.flatMap(([path, workflow]) =>
    Object.entries((workflow.jobs ?? {}) as Record<string, Yaml>).map(([name, job]) => [name, job, path] as const),
  );
  const usesOf = (job: Yaml, action: string): Yaml[] =>
    ((job.steps ?? []) as Yaml[]).filter((step) => String(step.uses ?? '').startsWith(`${action}@`));
  const stepJobs = jobs.filter(([, job]) => Array.isArray(job.steps));
  const buildJobs = stepJobs.filter(([, job]) =>
    runScripts(job.steps).some((script) => INSTALLS_OR_BUILDS.test(script) || FETCHES_FIXTURES.test(script)),
  );
  const testJob = stepJobs.find(([, job]) => runScripts(job.steps).some((script) => script.includes('bash .ci/run')));
  const storeLine = 'echo "pnpm_config_store_dir=$HOME/.pnpm-store" >> "$GITHUB_ENV"';

  it.each(workflowFiles)('%s sets its token permissions, read-only', (path) => {
    expect(load(path).permissions).toEqual({ contents: 'read' });
  });

  it('keeps the job that runs bash .ci/run', () => {
    expect(testJob).toBeDefined();
  });

  it('builds once: one job installs, fetches the spec files, builds and uploads the checkout as a tarball', () => {
    expect(buildJobs.map(([name]) => name)).toEqual(['build']);
    const [, build] = buildJobs[0]!;
    const scripts = runScripts(build.steps);
    expect(scripts.find((script) => FETCHES_FIXTURES.test(script))).toContain(BASE_URL_WHEN_SET);
    const tarball = scripts.find((script) => /\btar -c/.test(script));
    expect(tarball).toBeDefined();
    expect(usesOf(build, 'actions/upload-artifact').map((step) => step.with.name)).toContain('build');
  });

  it('installs and builds nowhere else: every other job unpacks the tarball of the build job', () => {
    const callers = new Map(
      jobs
        .filter(([, job]) => typeof job.uses === 'string')
        .map(([, job]) => [String(job.uses).replace(/^\.\//, ''), [job.needs].flat()]),
    );
    for (const [name, job, path] of stepJobs.filter(([name]) => name !== 'build')) {
      expect(usesOf(job, 'actions/checkout'), name).toEqual([]);
      expect(usesOf(job, 'actions/download-artifact').map((step) => step.with.name)).toContain('build');
      expect(runScripts(job.steps).some((script) => /\btar -x/.test(script))).toBe(true);
      for (const script of runScripts(job.steps)) {
        expect(INSTALLS_OR_BUILDS.test(script) || FETCHES_FIXTURES.test(script), `${name}: ${script}`).toBe(false);
      }
      // Its file's jobs run after build: in the build's workflow, or called by a job that needs it.
      const inBuildsFile = path === buildJobs[0]![2];
      const needs = inBuildsFile ? [job.needs].flat() : (callers.get(path) ?? []);
      if (inBuildsFile || !job.needs) expect(needs, name).toContain('build');
    }
  });

  it('caches the pnpm store on the lockfile, at the path every installing job gives pnpm', () => {
    const [, build] = buildJobs[0]!;
    const [cache] = usesOf(build, 'actions/cache');
    expect(cache?.with.key).toContain("hashFiles('pnpm-lock.yaml')");
    expect(cache?.with.path).toBe('~/.pnpm-store');
    for (const [, job] of [buildJobs[0]!, testJob!]) expect(runScripts(job.steps)).toContain(storeLine);
  });

  it('runs the test job on Node 22 and 24, and every other job on 22', () => {
    const [, test] = testJob!;
    expect(test.strategy.matrix.node).toEqual([22, 24]);
    for (const [name, job] of stepJobs) {
      const versions = usesOf(job, 'actions/setup-node').map((step) => step.with['node-version']);
      expect(versions, name).toEqual([job === test ? '${{ matrix.node }}' : 22]);
    }
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
