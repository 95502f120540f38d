/**
 * The self-check over the whole current spec: for every schema reachable from
 * an operation (each parameter, request body and response schema, nested
 * schemas covered through them), 200 valid samples pass the compiled
 * validator and 200 invalid samples fail it at the stated pointer and
 * keyword. Schemas where this cannot hold are printed with the reason and
 * must be exactly the known list below. The same runs over a hand-written
 * OpenAPI 3.1-style document that uses every JSON Schema 2020-12 keyword of
 * the internal form (`support/openapi-31.ts`), against standalone validators,
 * and over the current spec converted to OpenAPI 3.1 (`spec convert`).
 */
import { readFileSync } from 'node:fs';
import { loadSpec, type LoadedSpec } from '@circleci-kit/spec-loader';
import { convertSpec } from '@circleci-kit/spec-loader/convert';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateStandaloneCode } from '../src/disk-cache.ts';
import { checkSchemas, createValidators, invalidExamples, operationArbitrary, specSchemas } from '../src/index.ts';
import type { OperationInput, SpecValidators, ValidatorCodeCache } from '../src/index.ts';
import { OPENAPI_31_NOT_CHECKED, openapi31Spec } from './support/openapi-31.ts';

const specPath = locateFixture('specs/current/openapi.json');
const seed = 20251017;
const runs = 200;

/** Schemas that cannot be checked in one mode, and why (see the README). */
const KNOWN_NOT_CHECKED = [
  'getJobDetails path parameter job-number: invalid (NO_INVALID_VALUE)',
  'cancelJobByJobNumber path parameter job-number: invalid (NO_INVALID_VALUE)',
  'getPipelineByNumber path parameter pipeline-number: invalid (NO_INVALID_VALUE)',
  'getJobArtifacts path parameter job-number: invalid (NO_INVALID_VALUE)',
  'getTests path parameter job-number: invalid (NO_INVALID_VALUE)',
];

let spec: LoadedSpec;
let validators: SpecValidators;
beforeAll(async () => {
  spec = await loadSpec(specPath);
  validators = createValidators(spec);
});

/** What the spec's parameter and body validators say about one input, as `<pointer> <keyword>` lines. */
function problems(loaded: LoadedSpec, checks: SpecValidators, operationId: string, input: OperationInput): string[] {
  const found: string[] = [];
  const operation = loaded.operations.get(operationId)!;
  for (const [location, group] of [
    ['path', 'pathParams'],
    ['query', 'query'],
    ['header', 'headers'],
  ] as const) {
    for (const parameter of operation.parameters[location]) {
      const value = input[group][parameter.name];
      if (value === undefined) {
        if (parameter.required) found.push(`/${group}/${parameter.name} required`);
        continue;
      }
      const result = checks.parameter(operationId, location, parameter.name)(value);
      if (!result.valid)
        found.push(...result.errors.map((e) => `/${group}/${parameter.name}${e.pointer} ${e.keyword}`));
    }
  }
  if (input.body !== undefined) {
    const result = checks.requestBody(operationId)!(input.body);
    if (!result.valid) found.push(...result.errors.map((e) => `/body${e.pointer} ${e.keyword}`));
  }
  return found;
}

/** Every schema of the spec, once per schema object and direction: the self-check, printed. */
function selfCheck(loaded: LoadedSpec, checks: SpecValidators): { failures: string[]; notChecked: string[] } {
  const result = checkSchemas(specSchemas(loaded), { runs, seed, validatorFor: (entry) => checks.byKey(entry.key) });
  for (const reason of result.notCheckedReasons) console.log(`not checked: ${reason}`);
  console.log(
    `self-check: ${result.checked} schemas × ${runs} valid + ${runs} invalid samples in ${result.ms} ms (seed ${seed})`,
  );
  return { failures: result.failures, notChecked: result.notChecked };
}

/** Valid and invalid `operationArbitrary` inputs of every operation, against the spec's validators. */
function operationCheck(loaded: LoadedSpec, checks: SpecValidators): { failures: string[]; notChecked: string[] } {
  const failures: string[] = [];
  const notChecked: string[] = [];
  for (const operation of loaded.operations.values()) {
    const id = operation.operationId;
    try {
      for (const input of fc.sample(operationArbitrary(operation), { numRuns: 50, seed })) {
        const found = problems(loaded, checks, id, input);
        if (found.length > 0) failures.push(`${id} valid: ${found.join(', ')}`);
      }
    } catch (error) {
      notChecked.push(`${id} valid: ${(error as Error).message}`);
    }
    try {
      for (const { value, violation } of fc.sample(operationArbitrary(operation, { mode: 'invalid' }), {
        numRuns: 50,
        seed,
      })) {
        const found = problems(loaded, checks, id, value);
        if (!found.includes(`${violation.pointer} ${violation.keyword}`))
          failures.push(`${id} invalid: want ${violation.pointer} ${violation.keyword}, got ${found.join(', ')}`);
      }
    } catch (error) {
      notChecked.push(`${id} invalid: ${(error as Error).message}`);
    }
  }
  for (const line of notChecked) console.log(`not checked: ${line}`);
  return { failures, notChecked };
}

describe('self-check over the current spec', () => {
  it(`every reachable schema (once per schema object and direction): ${runs} valid samples pass, ${runs} invalid samples fail where they say`, () => {
    const { failures, notChecked } = selfCheck(spec, validators);
    expect(failures).toEqual([]);
    expect(notChecked.sort()).toEqual([...KNOWN_NOT_CHECKED].sort());
  });

  it('every operation: valid inputs pass the parameter and body validators, invalid ones fail where they say', () => {
    const { failures, notChecked } = operationCheck(spec, validators);
    expect(failures).toEqual([]);
    expect(notChecked.filter((line) => line.includes(' valid: '))).toEqual([]);
  });

  it('draws project slugs in every form for {project-slug}', () => {
    const slugs = fc
      .sample(operationArbitrary(spec.operations.get('triggerPipeline')!), { numRuns: 300, seed })
      .map((input) => String(input.pathParams['project-slug']));
    const forms = new Set(slugs.map((slug) => slug.split('/')[0]));
    expect([...forms].sort()).toEqual(['bb', 'bitbucket', 'circleci', 'gh', 'github']);
  });

  it('lists the examples of the spec that their own schema rejects', () => {
    const found = invalidExamples(spec).map((bad) => `${bad.where}: ${bad.errors[0]!.message}`);
    console.log(found.map((line) => `invalid example: ${line}`).join('\n'));
    expect(found).toEqual([
      'getTests response 200 application/json #/properties/items/items/properties/run_time: the value: expected number, got ""',
    ]);
  });
});

describe('self-check over the current spec converted to OpenAPI 3.1', () => {
  it(`every reachable schema: ${runs} valid samples pass, ${runs} invalid samples fail where they say, as on 3.0`, async () => {
    const { text } = await convertSpec(readFileSync(specPath, 'utf8'), { to: '3.1', source: specPath });
    const spec31 = await loadSpec(text);
    expect(spec31.openapi).toBe('3.1.0');
    const validators31 = createValidators(spec31);
    const { failures, notChecked } = selfCheck(spec31, validators31);
    expect(failures).toEqual([]);
    expect(notChecked.sort()).toEqual([...KNOWN_NOT_CHECKED].sort());
    // The same schemas reach the validators, whichever version the spec is written in.
    const jsonSchemas = (loaded: LoadedSpec, checks: SpecValidators): string[] =>
      specSchemas(loaded).map((entry) => `${entry.key} ${JSON.stringify(checks.byKey(entry.key)?.schema)}`);
    expect(jsonSchemas(spec31, validators31)).toEqual(jsonSchemas(spec, validators));
  });
});

describe('self-check over an OpenAPI 3.1-style document (every 2020-12 keyword of the internal form)', () => {
  /** Standalone code kept in memory, so that the checks run the code a disk cache would store. */
  const stored = new Map<string, string>();
  const memoryCache: ValidatorCodeCache = {
    load: (fingerprint) => {
      const code = stored.get(fingerprint);
      return code === undefined ? undefined : evaluateStandaloneCode(code);
    },
    store: (fingerprint, code) => void stored.set(fingerprint, code),
  };
  const validators31 = createValidators(openapi31Spec, { codeCache: memoryCache });

  it(`every schema: ${runs} valid samples pass the standalone validators, ${runs} invalid samples fail where they say`, () => {
    expect(stored.size).toBe(1);
    const { failures, notChecked } = selfCheck(openapi31Spec, validators31);
    expect(failures).toEqual([]);
    expect(notChecked.sort()).toEqual([...OPENAPI_31_NOT_CHECKED].sort());
  });

  it('every operation: valid inputs pass the parameter and body validators, invalid ones fail where they say', () => {
    const { failures, notChecked } = operationCheck(openapi31Spec, validators31);
    expect(failures).toEqual([]);
    // listCounts takes no input at all.
    expect(notChecked).toEqual([
      'listCounts invalid: listCounts has no parameter or body constraint that an input could break',
    ]);
  });
});
