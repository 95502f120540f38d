/**
 * A few seeds of the full run against the embedded mock, at `--runs 10`:
 * 0 failed. The seeds chosen generate `.` or `..` path values, which the
 * builder refuses and the phases discard; `pnpm check:seeds` runs 1 to 30.
 */
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { beforeAll, describe, expect, it } from 'vitest';
import { runConformance } from '../src/index.ts';
import { currentSpec } from './support/fixtures.ts';

let spec: LoadedSpec;
beforeAll(async () => {
  spec = await currentSpec();
});

describe('conformance against the embedded mock, seeded', () => {
  it.each([3, 11, 26])(
    'seed %i: every check passes or is skipped with a reason',
    async (seed) => {
      const report = await runConformance({ spec, runs: 10, seed });
      const failed = report.results.filter((result) => result.status === 'failed' || result.status === 'error');
      expect(failed.map((r) => `${r.operationId} × ${r.check}: ${r.failure?.message ?? r.reason ?? ''}`)).toEqual([]);
      expect(report.results.filter((r) => r.status === 'passed').length).toBeGreaterThan(1000);
    },
    120_000,
  );
});
