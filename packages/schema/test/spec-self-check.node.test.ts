/**
 * The self-check over the whole current spec: for every schema reachable from
 * an operation (each parameter, request body and response schema, nested
 * schemas covered through them), 200 valid samples pass the compiled
 * validator and 200 invalid samples fail it at the stated pointer and
 * keyword. Schemas where this cannot hold are printed with the reason and
 * must be exactly the known list below.
 */
import { loadSpec, type LoadedSpec } from '@circleci-kit/spec-loader';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSchema, createValidators, invalidExamples, operationArbitrary, specSchemas } from '../src/index.ts';
import type { OperationInput, SpecValidators } from '../src/index.ts';

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

function problems(operationId: string, input: OperationInput): string[] {
  const found: string[] = [];
  const operation = spec.operations.get(operationId)!;
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
      const result = validators.parameter(operationId, location, parameter.name)(value);
      if (!result.valid)
        found.push(...result.errors.map((e) => `/${group}/${parameter.name}${e.pointer} ${e.keyword}`));
    }
  }
  if (input.body !== undefined) {
    const result = validators.requestBody(operationId)!(input.body);
    if (!result.valid) found.push(...result.errors.map((e) => `/body${e.pointer} ${e.keyword}`));
  }
  return found;
}

describe('self-check over the current spec', () => {
  it(`every reachable schema (once per schema object and direction): ${runs} valid samples pass, ${runs} invalid samples fail where they say`, () => {
    const started = performance.now();
    // A schema object shared by several places is checked once per direction.
    const done = new Map<object, Set<string>>();
    const notChecked: string[] = [];
    const failures: string[] = [];
    let checked = 0;
    for (const entry of specSchemas(spec)) {
      const directions = done.get(entry.schema) ?? new Set<string>();
      if (directions.has(entry.direction)) continue;
      done.set(entry.schema, directions.add(entry.direction));
      const result = checkSchema(entry.schema, {
        direction: entry.direction,
        runs,
        seed,
        validator: validators.byKey(entry.key)!,
      });
      checked++;
      for (const note of result.notChecked) {
        notChecked.push(`${entry.label}: ${note.mode} (${note.code})`);
        console.log(`not checked: ${entry.label}, ${note.mode} mode: ${note.reason}`);
      }
      for (const failure of result.failures.slice(0, 3)) {
        failures.push(
          `${entry.label} [${failure.mode}] ${failure.message}: ${JSON.stringify(failure.value).slice(0, 300)}`,
        );
      }
    }
    console.log(
      `self-check: ${checked} schemas × ${runs} valid + ${runs} invalid samples in ${Math.round(performance.now() - started)} ms (seed ${seed})`,
    );
    expect(failures).toEqual([]);
    expect(notChecked.sort()).toEqual([...KNOWN_NOT_CHECKED].sort());
  });

  it('every operation: valid inputs pass the parameter and body validators, invalid ones fail where they say', () => {
    const failures: string[] = [];
    const notChecked: string[] = [];
    for (const operation of spec.operations.values()) {
      const id = operation.operationId;
      try {
        for (const input of fc.sample(operationArbitrary(operation), { numRuns: 50, seed })) {
          const found = problems(id, input);
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
          const found = problems(id, value);
          if (!found.includes(`${violation.pointer} ${violation.keyword}`))
            failures.push(`${id} invalid: want ${violation.pointer} ${violation.keyword}, got ${found.join(', ')}`);
        }
      } catch (error) {
        notChecked.push(`${id} invalid: ${(error as Error).message}`);
      }
    }
    for (const line of notChecked) console.log(`not checked: ${line}`);
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
