import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { loadSpec, resolvePointer, type LoadedSpec } from '@circleci-kit/spec-loader';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkOperationPair } from '../src/engine/check-operation-pair.ts';
import { pairParameters } from '../src/engine/pair-parameters.ts';
import { diffSpecs } from '../src/index.ts';
import { catalogue } from '../src/rules/catalogue.ts';
import type { OperationRule, SchemaRule } from '../src/rules/rule.ts';

const dir = locateFixture('specs/history');
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .sort();
const specs: LoadedSpec[] = [];

beforeAll(async () => {
  for (const file of files) {
    specs.push(
      await loadSpec(join(dir, file), { mode: 'lenient', cacheDir: join(tmpdir(), 'circleci-kit-test-cache') }),
    );
  }
}, 120_000);

describe('the 109 published versions', () => {
  it('are all there', () => {
    expect(files).toHaveLength(109);
  });

  it('diffSpecs(a, a) is empty for every version, docs included', () => {
    const noisy = specs.filter((spec) => diffSpecs(spec, spec, { includeDocs: true }).length > 0);
    expect(noisy.map((spec) => spec.source)).toEqual([]);
  });

  // diffSpecs checks no operation that is the same JSON in both versions (unchangedOperation): this is why.
  it('no rule, docs and lifecycle rules included, finds anything between an operation and an equal copy of it', () => {
    const rules = {
      operation: catalogue.filter((rule): rule is OperationRule => rule.scope === 'operation'),
      schema: catalogue.filter((rule): rule is SchemaRule => rule.scope === 'schema'),
    };
    const context = { today: '2019-01-01', deprecationDays: 36_500 };
    const raw = (document: unknown, pointer: string) => resolvePointer(document, pointer) as Record<string, unknown>;
    const found: string[] = [];
    let checked = 0;
    for (const [i, spec] of specs.entries()) {
      // One clone of both, so the copy's operations share their schemas with its document as the original's do.
      const copy = structuredClone({ document: spec.document, operations: spec.operations });
      for (const [key, old] of spec.operations) {
        const next = copy.operations.get(key)!;
        expect(next).not.toBe(old);
        const pair = {
          old,
          new: next,
          rawOld: raw(spec.document, old.pointer),
          rawNew: raw(copy.document, next.pointer),
          parameters: pairParameters(old, next, true),
        };
        checkOperationPair(pair, rules, context, (rule, finding) =>
          found.push(`${files[i]} ${old.operationId} ${rule.id}: ${finding.message}`),
        );
        checked++;
      }
    }
    expect(found).toEqual([]);
    expect(checked).toBeGreaterThan(3000);
    expect(rules.operation.length + rules.schema.length).toBeGreaterThan(50);
  });

  it('every consecutive pair diffs without an error, into changes whose pointers resolve', () => {
    for (let i = 1; i < specs.length; i++) {
      const [old, next] = [specs[i - 1]!, specs[i]!];
      for (const change of diffSpecs(old, next, { includeDocs: true })) {
        expect(change.old ?? change.new).not.toBeNull();
        if (change.old !== null)
          expect(resolvePointer(old.document, change.old), `${files[i]} ${change.id} ${change.old}`).toBeDefined();
        if (change.new !== null)
          expect(resolvePointer(next.document, change.new), `${files[i]} ${change.id} ${change.new}`).toBeDefined();
      }
    }
  });

  it('the 2019-11-11 version moves GET /workflow/{id}/jobs to /job as one change', () => {
    const index = files.indexOf('circleci-v2-2019-11-11.json');
    const moves = diffSpecs(specs[index - 1]!, specs[index]!).filter((change) => change.id === 'operation-moved');
    expect(moves.map((change) => change.message)).toEqual([
      'listWorkflowJobs moved from GET /workflow/{id}/jobs to GET /workflow/{id}/job',
    ]);
  });
});
