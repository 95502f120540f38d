import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSpec, SpecError, type LoadSpecOptions } from '../src/index.ts';

const SEED = 20251017;
const HANG_MS = 2000;

/** Loads and reports how it ended: `ok`, `SpecError`, or anything else (a failure of the property). */
async function outcome(source: unknown, options: LoadSpecOptions): Promise<string> {
  const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('hang'), HANG_MS).unref());
  const load = loadSpec(source as string, options).then(
    () => 'ok',
    (error: unknown) => (error instanceof SpecError ? 'SpecError' : `threw ${String(error)}`),
  );
  return Promise.race([load, timeout]);
}

const garbageDocument = fc.record({
  openapi: fc.constantFrom('3.0.0', '3.0.3'),
  info: fc.jsonValue(),
  paths: fc.dictionary(
    fc.string().map((s) => `/${s}`),
    fc.dictionary(fc.constantFrom('get', 'post', 'parameters', '$ref'), fc.jsonValue()),
  ),
  components: fc.jsonValue(),
});

describe('loadSpec never throws anything but SpecError, and never hangs', () => {
  it.each([
    {
      given: 'arbitrary text',
      arbitrary: fc.string({ unit: 'binary', maxLength: 200 }),
      options: { sourceType: 'text' },
    },
    { given: 'arbitrary JSON text', arbitrary: fc.json(), options: { sourceType: 'text' } },
    { given: 'arbitrary JSON values', arbitrary: fc.jsonValue(), options: {} },
    { given: 'OpenAPI-shaped garbage, strict', arbitrary: garbageDocument, options: {} },
    { given: 'OpenAPI-shaped garbage, lenient', arbitrary: garbageDocument, options: { mode: 'lenient' } },
  ] as const)('for $given', async ({ arbitrary, options }) => {
    await fc.assert(
      fc.asyncProperty(arbitrary as fc.Arbitrary<unknown>, async (source) => {
        expect(['ok', 'SpecError']).toContain(await outcome(source, options as LoadSpecOptions));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
