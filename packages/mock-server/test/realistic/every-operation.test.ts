import { createValidators, type SpecValidators } from '@circleci-kit/schema';
import type { LoadedSpec, SchemaObject } from '@circleci-kit/spec-loader';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateValue } from '../../src/realistic/generate-value.ts';
import { rootPlace } from '../../src/realistic/place.ts';
import { realisticSample } from '../../src/realistic/realistic-sample.ts';
import { currentSpec } from '../support/spec.ts';

const SEEDS = [1, 2, 3] as const;

/** One 2xx JSON response of one operation. */
interface Target {
  label: string;
  operationId: string;
  status: string;
  schema: SchemaObject;
}

let spec: LoadedSpec;
let validators: SpecValidators;
let targets: Target[];
beforeAll(async () => {
  spec = await currentSpec();
  validators = createValidators(spec);
  targets = [];
  for (const operation of spec.operations.values()) {
    for (const [status, response] of Object.entries(operation.responses)) {
      const schema = response.content['application/json']?.schema;
      if (!/^2\d\d$/.test(status) || schema === undefined) continue;
      targets.push({ label: `${operation.operationId} ${status}`, operationId: operation.operationId, status, schema });
    }
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});

const validatorOf = (target: Target) => validators.response(target.operationId, target.status)!;

describe('realisticSample over every operation of the current spec', () => {
  it('covers every 2xx JSON response of the 110 operations', () => {
    expect(spec.operations.size).toBe(110);
    expect(targets.length).toBeGreaterThanOrEqual(110);
  });

  it('gives bodies the response validators accept, for three seeds', () => {
    const problems: string[] = [];
    for (const target of targets) {
      for (const seed of SEEDS) {
        const result = validatorOf(target)(realisticSample(target.schema, seed, { validate: validatorOf(target) }));
        if (!result.valid) problems.push(`${target.label} seed ${seed}: ${JSON.stringify(result.errors)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is valid without its fallback: the generated value itself validates, for three seeds', () => {
    const problems: string[] = [];
    for (const target of targets) {
      for (const seed of SEEDS) {
        const result = validatorOf(target)(generateValue(target.schema, rootPlace(seed)));
        if (!result.valid) problems.push(`${target.label} seed ${seed}: ${JSON.stringify(result.errors)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('validates with its own compiled validator when none is given', () => {
    const problems: string[] = [];
    for (const target of targets) {
      const result = validatorOf(target)(realisticSample(target.schema, 4));
      if (!result.valid) problems.push(`${target.label}: ${JSON.stringify(result.errors)}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives deep-equal bodies for the same seed, and different ones for most operations across seeds', () => {
    let differ = 0;
    for (const target of targets) {
      const first = realisticSample(target.schema, 9, { validate: validatorOf(target) });
      expect(realisticSample(target.schema, 9, { validate: validatorOf(target) }), target.label).toEqual(first);
      if (JSON.stringify(realisticSample(target.schema, 10)) !== JSON.stringify(first)) differ++;
    }
    expect(differ).toBeGreaterThan(targets.length / 2);
  });

  it('never reads Math.random or Date.now', () => {
    for (const target of targets) generateValue(target.schema, rootPlace(1)); // compiles what is compiled once
    const random = vi.spyOn(Math, 'random');
    const now = vi.spyOn(Date, 'now');
    for (const target of targets) for (const seed of SEEDS) generateValue(target.schema, rootPlace(seed));
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
  });

  it('takes well under a few ms per schema once validators are compiled', () => {
    for (const target of targets) realisticSample(target.schema, 1, { validate: validatorOf(target) });
    const started = performance.now();
    for (const target of targets) realisticSample(target.schema, 77, { validate: validatorOf(target) });
    const perSchema = (performance.now() - started) / targets.length;
    expect(perSchema).toBeLessThan(3);
  });
});
