/**
 * `pnpm bench:spec`: loading the current CircleCI spec with swagger-parser's
 * `validate` (parse, dereference, schema and spec validation) against
 * `loadSpec` cold (no cache) and warm (from the on-disk cache), in one run.
 * Targets (issue 2): cold at most 1.3× swagger-parser; warm at least 10× faster.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import SwaggerParser from '@apidevtools/swagger-parser';
import { loadSpec } from '@circleci-kit/spec-loader';
import { interleavedMedians, report, target } from '../harness.ts';

const spec = locateFixture('specs/current/openapi.json');
const cacheDir = mkdtempSync(join(tmpdir(), 'circleci-kit-bench-'));
const runs = { runs: 15, warmup: 3 };

try {
  await loadSpec(spec, { cacheDir });
  // Taking turns, each figure is measured on the same heap: garbage one contender leaves is collected
  // during the others' runs alike, not only during the runs that come after it.
  const { swaggerParser, cold, warm } = await interleavedMedians(
    {
      swaggerParser: () => SwaggerParser.validate(spec),
      cold: () => loadSpec(spec),
      warm: async () => {
        const loaded = await loadSpec(spec, { cacheDir });
        if (!loaded.fromCache) throw new Error('the warm load missed the cache');
      },
    },
    runs,
  );

  report(
    'spec',
    {
      'swagger-parser validate (ms)': swaggerParser,
      'loadSpec cold (ms)': cold,
      'loadSpec warm, from cache (ms)': warm,
    },
    [
      target('loadSpec cold / swagger-parser validate', cold / swaggerParser, '<=', 1.3),
      target('swagger-parser validate / loadSpec warm', swaggerParser / warm, '>=', 10),
    ],
  );
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
