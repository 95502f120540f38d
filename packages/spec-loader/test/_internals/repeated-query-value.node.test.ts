import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/_internals/normalize.ts';
import { isShapelessObject, repeatedQuerySchema } from '../../src/_internals/repeated-query-value.ts';
import { loadSpec, type LoadedSpec } from '../../src/index.ts';
import { CURRENT_SPEC, HISTORY_DIR } from '../support/shared-specs.ts';

const versions = readdirSync(HISTORY_DIR).filter((file) => file.endsWith('.json'));

const PAGE = '/paths/~1insights~1pages~1{project-slug}~1summary/get/parameters';
const ORG = '/paths/~1insights~1{org-slug}~1summary/get/parameters';

function repeated(spec: LoadedSpec): LoadedSpec['rewrites'] {
  return spec.rewrites.filter((rewrite) => rewrite.kind === 'repeated-query-value');
}

describe('repeated-query-value on the current CircleCI spec', () => {
  it('rewrites exactly the three Insights filters, each with the example that shows the repeated form', async () => {
    const spec = await loadSpec(CURRENT_SPEC);
    expect(
      repeated(spec).map(({ pointer, evidence }) => ({ pointer, evidence: evidence?.pointer, match: evidence?.match })),
    ).toEqual([
      { pointer: `${PAGE}/2`, evidence: `${PAGE}/2/example`, match: '?branches=main&branches=feature&branches=dev' },
      {
        pointer: `${PAGE}/3`,
        evidence: `${PAGE}/3/example`,
        match: '?workflow-names=build&workflow-names=test-and-deploy',
      },
      {
        pointer: `${ORG}/2`,
        evidence: `${ORG}/2/example`,
        match: '?project-names=some-project1&project-names=some-project2',
      },
    ]);
    expect(repeated(spec)[0]?.evidence?.text).toBe(
      'A single branch: ?branches=main or for multiple branches: ?branches=main&branches=feature&branches=dev',
    );
  });

  it.each([
    { given: 'getProjectWorkflowsPageData', name: 'branches' },
    { given: 'getProjectWorkflowsPageData', name: 'workflow-names' },
    { given: 'getOrgSummaryData', name: 'project-names' },
  ])('indexes $given $name as a string or strings, form, exploded', async ({ given, name }) => {
    const spec = await loadSpec(CURRENT_SPEC);
    const parameter = spec.operations.get(given)?.parameters.query.find((p) => p.name === name);
    expect(parameter).toMatchObject({ style: 'form', explode: true, required: false, schema: repeatedQuerySchema() });
  });

  it('is idempotent on the current spec and every published version: a second normalize changes nothing', () => {
    for (const file of [CURRENT_SPEC, ...versions.map((version) => `${HISTORY_DIR}${version}`)]) {
      const document = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      normalize(document);
      const once = JSON.stringify(document);
      expect(normalize(document), file).toEqual([]);
      expect(JSON.stringify(document), file).toBe(once);
    }
  });
});

describe('repeated-query-value on the 109 published versions', () => {
  it('all still load, and none keeps a shapeless object query parameter whose text shows repetition', async () => {
    const found = new Map<string, number>();
    const leftovers: string[] = [];
    for (const file of versions) {
      const spec = await loadSpec(`${HISTORY_DIR}${file}`, { mode: 'lenient' });
      expect(spec.operations.size).toBeGreaterThan(0);
      for (const rewrite of repeated(spec)) {
        const name = /"(.+?)"/.exec(rewrite.message)?.[1] ?? '?';
        found.set(name, (found.get(name) ?? 0) + 1);
      }
      for (const operation of spec.operations.values()) {
        for (const parameter of operation.parameters.query) {
          const example = parameter.example;
          if (
            isShapelessObject(parameter.schema) &&
            typeof example === 'string' &&
            /[?&][\w-]+=[^&\s]*&/.test(example)
          ) {
            leftovers.push(`${file} ${operation.operationId} ${parameter.name}`);
          }
        }
      }
    }
    expect(leftovers).toEqual([]);
    // branches: getProjectWorkflowsPageData in 7 versions, getWorkflowSummary in 2 more (2022-04-24 to 2023-01-23).
    expect(Object.fromEntries(found)).toEqual({ branches: 9, 'workflow-names': 7, 'project-names': 7 });
  });
});
