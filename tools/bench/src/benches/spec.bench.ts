/**
 * `pnpm bench:spec`: loading the current CircleCI spec with swagger-parser's
 * `validate` (parse, dereference, schema and spec validation) against
 * `loadSpec` cold (no cache) and warm (from the on-disk cache), in one run.
 * Targets (issue 2): cold at most 1.3× swagger-parser; warm at least 10× faster.
 * The same three figures are taken on the spec converted to OpenAPI 3.1
 * (`spec convert --to 3.1`), where swagger-parser checks against the 3.1
 * schema and `loadSpec` against its own, and held to the same targets.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import SwaggerParser from '@apidevtools/swagger-parser';
import { loadSpec } from '@circleci-kit/spec-loader';
import { convertedTo31 } from '../converted-spec.ts';
import { interleavedMedians, report, target } from '../harness.ts';

const spec = locateFixture('specs/current/openapi.json');
const cacheDir = mkdtempSync(join(tmpdir(), 'circleci-kit-bench-'));
const runs = { runs: 15, warmup: 3 };

/** The three figures for one spec file: swagger-parser's validate, and `loadSpec` cold and warm. */
async function measure(path: string): Promise<Record<'swaggerParser' | 'cold' | 'warm', number>> {
  await loadSpec(path, { cacheDir });
  // Taking turns, each figure is measured on the same heap: garbage one contender leaves is collected
  // during the others' runs alike, not only during the runs that come after it.
  return interleavedMedians(
    {
      swaggerParser: () => SwaggerParser.validate(path),
      cold: () => loadSpec(path),
      warm: async () => {
        const loaded = await loadSpec(path, { cacheDir });
        if (!loaded.fromCache) throw new Error('the warm load missed the cache');
      },
    },
    runs,
  );
}

try {
  const v30 = await measure(spec);
  const v31 = await measure(await convertedTo31(spec, cacheDir));
  report(
    'spec',
    {
      'swagger-parser validate (ms)': v30.swaggerParser,
      'loadSpec cold (ms)': v30.cold,
      'loadSpec warm, from cache (ms)': v30.warm,
      'OpenAPI 3.1: swagger-parser validate (ms)': v31.swaggerParser,
      'OpenAPI 3.1: loadSpec cold (ms)': v31.cold,
      'OpenAPI 3.1: loadSpec warm, from cache (ms)': v31.warm,
    },
    [
      target('loadSpec cold / swagger-parser validate', v30.cold / v30.swaggerParser, '<=', 1.3),
      target('swagger-parser validate / loadSpec warm', v30.swaggerParser / v30.warm, '>=', 10),
      target('OpenAPI 3.1: loadSpec cold / swagger-parser validate', v31.cold / v31.swaggerParser, '<=', 1.3),
      target('OpenAPI 3.1: swagger-parser validate / loadSpec warm', v31.swaggerParser / v31.warm, '>=', 10),
    ],
  );
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
