/**
 * The spec-valid responses the check holds a pact's example and matching
 * rules to: samples drawn from a response schema, with the example written
 * over them.
 */
import { sample } from '@circleci-kit/schema';
import type { SchemaObject } from '@circleci-kit/spec-loader';
import type { CheckSettings } from '../spec-mismatch.ts';
import { resolveSchema } from './resolve-schema.ts';

/** A spec-valid value of a schema for a seed (`undefined` when none can be drawn). */
function draw(schema: SchemaObject, seed: number): unknown {
  try {
    return sample(schema, seed, { direction: 'response', useExample: seed === 0 });
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The example written over a sample: the example's values win, the sample
 * fills what it leaves out. Each item of a list is written over the
 * sample's first; each of a `prefixItems` tuple over the sample's item at
 * its index, which has its schema.
 *
 * @example
 * overlay({ id: 'a', name: 'b' }, { id: 'x' }, schema); // { id: 'x', name: 'b' }
 */
export function overlay(sampled: unknown, example: unknown, schema: SchemaObject | undefined): unknown {
  const node = schema === undefined ? undefined : resolveSchema(schema);
  if (Array.isArray(example)) {
    const items: unknown[] = Array.isArray(sampled) ? sampled : [];
    const prefix = node?.prefixItems;
    if (prefix === undefined) return example.map((item) => overlay(items[0], item, node?.items));
    return example.map((item, index) => overlay(items[index], item, prefix[index] ?? node?.items));
  }
  if (!isRecord(example) || !isRecord(sampled)) return example;
  const out: Record<string, unknown> = { ...sampled };
  for (const [key, value] of Object.entries(example)) out[key] = overlay(sampled[key], value, node?.properties?.[key]);
  return out;
}

/** The responses drawn from one schema: the base an example is written over (its `example` if any), and the candidates. */
export interface SampleResponses {
  /** Drawn with seed 0, the schema's examples used. */
  base: unknown;
  /** `samples` draws, seeds `seed` onwards (`undefined` where none could be drawn). */
  drawn: unknown[];
}

/**
 * The responses drawn per schema, each drawn once: the seeded draws are
 * the same every time, so many interactions share them.
 *
 * @example
 * const samplesOf = sampleResponses({ samples: 12, seed: 1, strictStatus: false });
 * const { base, drawn } = samplesOf(schema);
 */
export function sampleResponses(settings: CheckSettings): (schema: SchemaObject) => SampleResponses {
  const draws = new Map<SchemaObject, SampleResponses>();
  return (schema) => {
    let found = draws.get(schema);
    if (found === undefined) {
      const drawn = Array.from({ length: settings.samples }, (_, i) => draw(schema, settings.seed + i));
      found = { base: draw(schema, 0), drawn };
      draws.set(schema, found);
    }
    return found;
  };
}
