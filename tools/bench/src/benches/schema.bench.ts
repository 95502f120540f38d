/**
 * `pnpm bench:schema`: validations per second of @circleci-kit/schema's
 * compiled validator on the largest response schema of the current spec,
 * against raw Ajv compiled by hand on the same JSON Schema (the limit) and
 * against `openapi-response-validator` on the same response; and valid
 * samples per second for the `triggerPipeline` request body, in one run.
 * Targets (issue 4): ours / raw Ajv ≥ 0.83 (within 1.2×); ours / peer ≥ 3.
 * The spec converted to OpenAPI 3.1 (`spec convert --to 3.1`) is measured
 * beside it: our validator for the same response, loaded from the 3.1
 * document, held to the same target against the same raw Ajv.
 */
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { arbitraryFor, createValidators, formats, specSchemas, toJsonSchema } from '@circleci-kit/schema';
import type { SchemaObject } from '@circleci-kit/schema';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpec } from '@circleci-kit/spec-loader';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import OpenAPIResponseValidatorModule from 'openapi-response-validator';
import { convertedTo31 } from '../converted-spec.ts';
import { median, medianMs, report, target } from '../harness.ts';

type PeerClass = new (args: unknown) => { validateResponse(status: string, body: unknown): unknown };
const OpenAPIResponseValidator = ((OpenAPIResponseValidatorModule as unknown as { default?: PeerClass }).default ??
  OpenAPIResponseValidatorModule) as PeerClass;

const specPath = locateFixture('specs/current/openapi.json');
const spec = await loadSpec(specPath);
const validators = createValidators(spec);
const runs = { runs: 5, warmup: 2 };

// The largest response schema, by the size of its JSON Schema.
const responses = specSchemas(spec).filter((entry) => entry.direction === 'response');
const largest = responses
  .map((entry) => ({ entry, size: JSON.stringify(toJsonSchema(entry.schema, { direction: 'response' })).length }))
  .sort((a, b) => b.size - a.size)[0]!.entry;
console.log(`largest response schema: ${largest.label}`);

/** How many declared properties a body fills in, at every depth (untyped blobs count for nothing). */
function declared(schema: SchemaObject | undefined, value: unknown): number {
  if (schema === undefined || value === null || typeof value !== 'object') return 0;
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + declared(schema.items, item), 0);
  let count = 0;
  for (const [name, child] of Object.entries(value)) {
    const property = schema.properties?.[name];
    if (property !== undefined) count += 1 + declared(property, child);
  }
  for (const branch of [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])])
    count += declared(branch, value);
  return count;
}

// The 100 fullest of 2000 drawn bodies: most declared properties present.
const bodies = fc
  .sample(arbitraryFor(largest.schema, { direction: 'response' }), { numRuns: 2000, seed: 1 })
  .map((body) => ({ body, filled: declared(largest.schema, body) }))
  .sort((a, b) => b.filled - a.filled)
  .slice(0, 100);
console.log(
  `bodies: 100, ${Math.round(bodies.reduce((sum, { filled }) => sum + filled, 0) / 100)} declared properties filled on average`,
);
const ours = validators.byKey(largest.key)!;
const converted = mkdtempSync(join(tmpdir(), 'circleci-kit-bench-schema-'));
const spec31 = await loadSpec(await convertedTo31(specPath, converted));
rmSync(converted, { recursive: true, force: true });
const ours31 = createValidators(spec31).byKey(largest.key)!;
// The limit: bare Ajv (its JSON Schema 2020-12 build, as ours), the same JSON Schema, the same format checks.
const raw = new Ajv2020({ strict: false });
for (const [name, format] of Object.entries(formats)) raw.addFormat(name, format);
const rawValidate = raw.compile(ours.schema);
const status = largest.key.split('|')[2]!;
const peer = new OpenAPIResponseValidator({
  responses: { [status]: { content: { 'application/json': { schema: largest.schema } } } },
  // The same format checks, as functions (what the peer accepts).
  customFormats: Object.fromEntries(
    Object.entries(formats).map(([name, format]) => {
      const check = typeof format === 'object' && !(format instanceof RegExp) ? format.validate : format;
      return [name, typeof check === 'function' ? check : (value: string) => (check as RegExp).test(value)];
    }),
  ),
});

for (const { body } of bodies) {
  if (
    !ours(body).valid ||
    !ours31(body).valid ||
    !rawValidate(body) ||
    peer.validateResponse(status, body) !== undefined
  ) {
    throw new Error('a drawn body is not valid for every validator: the comparison would be unfair');
  }
}

const rounds = 200;
const perRun = rounds * bodies.length;
const perSecond = (ms: number, count: number): number => count / (ms / 1000);

// Alternating passes, so that no figure gains from running first or last; the median of the pass medians counts.
const passes: Record<'raw' | 'ours' | 'ours31' | 'peer', number[]> = { raw: [], ours: [], ours31: [], peer: [] };
for (let pass = 0; pass < 3; pass++) {
  passes.raw.push(
    await medianMs(() => {
      for (let r = 0; r < rounds; r++) for (const { body } of bodies) rawValidate(body);
    }, runs),
  );
  passes.ours.push(
    await medianMs(() => {
      for (let r = 0; r < rounds; r++) for (const { body } of bodies) ours(body);
    }, runs),
  );
  passes.ours31.push(
    await medianMs(() => {
      for (let r = 0; r < rounds; r++) for (const { body } of bodies) ours31(body);
    }, runs),
  );
  passes.peer.push(
    await medianMs(() => {
      for (let r = 0; r < rounds / 10; r++) for (const { body } of bodies) peer.validateResponse(status, body);
    }, runs),
  );
}
const rawMs = median(passes.raw);
const oursMs = median(passes.ours);
const peerMs = median(passes.peer);
const ours31Ms = median(passes.ours31);

const trigger = spec.operations.get('triggerPipeline')!.requestBody!.content['application/json']!.schema!;
const triggerArbitrary = arbitraryFor(trigger, { direction: 'request' });
const samples = 2000;
let seed = 0;
const sampleMs = await medianMs(() => fc.sample(triggerArbitrary, { numRuns: samples, seed: seed++ }), runs);

const oursRate = perSecond(oursMs, perRun);
const rawRate = perSecond(rawMs, perRun);
const peerRate = perSecond(peerMs, perRun / 10);
const ours31Rate = perSecond(ours31Ms, perRun);
report(
  'schema',
  {
    'ours: validations/s (largest response)': oursRate,
    'raw Ajv: validations/s (same JSON Schema)': rawRate,
    'openapi-response-validator: validations/s': peerRate,
    'triggerPipeline body: valid samples/s': perSecond(sampleMs, samples),
    'OpenAPI 3.1: ours: validations/s (the same response, from the 3.1 document)': ours31Rate,
  },
  [
    target('ours / raw Ajv (validations/s)', oursRate / rawRate, '>=', 0.83),
    target('ours / openapi-response-validator', oursRate / peerRate, '>=', 3),
    target('OpenAPI 3.1: ours / raw Ajv (validations/s)', ours31Rate / rawRate, '>=', 0.83),
  ],
);
