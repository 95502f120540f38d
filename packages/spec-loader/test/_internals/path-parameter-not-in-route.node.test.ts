import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { routePlaceholders } from '../../src/_internals/path-parameter-not-in-route.ts';
import { loadSpec, SpecError, type LoadedSpec } from '../../src/index.ts';
import { HISTORY_DIR } from '../support/shared-specs.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const versions = readdirSync(HISTORY_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort();
const KIND = 'path-parameter-not-in-route';

function versionOf(file: string): string {
  return file.replace(/^circleci-v2-|\.json$/g, '');
}

/** `operationId parameter` of a record, read from its message. */
function moved(spec: LoadedSpec): string[] {
  return spec.rewrites
    .filter((rewrite) => rewrite.kind === KIND)
    .map((rewrite) => {
      const [, name, id] = /^path parameter "(.+?)" of \S+ \S+ \((.+?)\)/.exec(rewrite.message) ?? [];
      return `${id} ${name}`;
    });
}

/** Every version, loaded strictly when it can be, else leniently with the strict problem count. */
const loaded = new Map<string, { spec: LoadedSpec; strictProblems: number }>();

beforeAll(async () => {
  for (const file of versions) {
    const path = `${HISTORY_DIR}${file}`;
    try {
      loaded.set(versionOf(file), { spec: await loadSpec(path), strictProblems: 0 });
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      loaded.set(versionOf(file), {
        spec: await loadSpec(path, { mode: 'lenient' }),
        strictProblems: error.problems.length,
      });
    }
  }
}, 120_000);

describe('path-parameter-not-in-route on the 109 published versions', () => {
  it('leaves every path parameter of every operation of every version in its route', () => {
    expect(loaded.size).toBe(109);
    const outside: string[] = [];
    for (const [version, { spec }] of loaded) {
      for (const operation of spec.operations.values()) {
        const placeholders = routePlaceholders(operation.path);
        for (const parameter of operation.parameters.path) {
          if (!placeholders.has(parameter.name)) outside.push(`${version} ${operation.operationId} ${parameter.name}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });

  it('moves exactly the 2020 query filters declared in: path, in these 12 versions, and drops none', () => {
    const found = Object.fromEntries(
      [...loaded]
        .map(([version, { spec }]): [string, string[]] => [version, moved(spec)])
        .filter(([, list]) => list.length > 0),
    );
    const runs = ['getProjectWorkflowRuns start-date', 'getProjectWorkflowRuns end-date'];
    const jobs = ['getProjectJobRuns start-date', 'getProjectJobRuns end-date'];
    const pipelines = ['listPipelines org-slug', 'listPipelines mine'];
    const contexts = ['listContexts owner-id', 'listContexts owner-slug', 'listContexts owner-type'];
    expect(found).toEqual({
      '2020-05-08': runs,
      '2020-05-11': runs,
      '2020-05-12': [...runs, ...jobs],
      '2020-05-14': [...runs, ...jobs],
      '2020-05-25': [...runs, ...jobs],
      '2020-06-11': [...runs, ...jobs],
      '2020-06-17': [...runs, ...jobs, ...pipelines],
      '2020-06-17b': [...runs, ...jobs, ...pipelines],
      '2020-07-20': [...contexts, ...runs, ...jobs, ...pipelines],
      '2020-07-20b': [...contexts, ...runs, ...jobs, ...pipelines],
      '2020-07-21': [...runs, ...jobs, ...pipelines],
      '2020-10-23b': ['getProjectWorkflowMetrics reporting-window'],
    });
    expect(Object.values(found).flat()).toHaveLength(57);
    for (const [, { spec }] of loaded) {
      for (const rewrite of spec.rewrites.filter((r) => r.kind === KIND)) {
        expect(rewrite.message).toMatch(/: moved to query \(style form, explode true, required false as declared\)$/);
        expect(rewrite.evidence?.text).toBe(rewrite.evidence?.match);
      }
    }
  });

  it('indexes each moved parameter as the next version that was not rewritten declares it: in query, not required', () => {
    const order = [...loaded.keys()];
    const checked = new Set<string>();
    for (const [version, { spec }] of loaded) {
      for (const key of moved(spec)) {
        const [id, name] = key.split(' ') as [string, string];
        const here = spec.operations.get(id)?.parameters.query.find((p) => p.name === name);
        expect(here, `${version} ${key}`).toMatchObject({ in: 'query', required: false, style: 'form', explode: true });
        // The first later version that declares it itself (no rewrite of it there): 2020-07-21b, 2020-07-21 or 2020-10-29.
        const source = order
          .slice(order.indexOf(version) + 1)
          .find((later) => !moved(loaded.get(later)!.spec).includes(key));
        const declared = loaded
          .get(source!)
          ?.spec.operations.get(id)
          ?.parameters.query.find((p) => p.name === name);
        expect(declared, `${version} ${key}`).toMatchObject({ in: 'query', required: false });
        checked.add(`${key} ${source}`);
      }
    }
    expect([...checked].sort()).toEqual([
      'getProjectJobRuns end-date 2020-07-21b',
      'getProjectJobRuns start-date 2020-07-21b',
      'getProjectWorkflowMetrics reporting-window 2020-10-29',
      'getProjectWorkflowRuns end-date 2020-07-21b',
      'getProjectWorkflowRuns start-date 2020-07-21b',
      'listContexts owner-id 2020-07-21',
      'listContexts owner-slug 2020-07-21',
      'listContexts owner-type 2020-07-21',
      'listPipelines mine 2020-07-21b',
      'listPipelines org-slug 2020-07-21b',
    ]);
  });

  it('makes none of them required, although strict mode still reports each version (the README table)', () => {
    const table = [...readme.matchAll(/^\| (\d{4}-\d\d-\d\d\w?) +\| (\d+) +\|/gm)].map(([, v, n]) => [v, Number(n)]);
    const failing = [...loaded].filter(([, { strictProblems }]) => strictProblems > 0);
    expect(failing.map(([version, { strictProblems }]) => [version, strictProblems])).toEqual(table);
    for (const [version, { spec }] of failing) {
      expect(moved(spec).length, version).toBeGreaterThan(0);
      expect(spec.warnings.length, version).toBeGreaterThan(0);
      // Each of their path parameters that is in its route is declared required: nothing else to make required.
      expect(
        spec.rewrites.filter((r) => r.kind === 'path-parameter-required'),
        version,
      ).toEqual([]);
    }
    expect(readme).toMatch(/\*\*12 of 109\*\* published versions fail strict validation/);
  });
});
