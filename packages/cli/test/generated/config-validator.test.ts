import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/generated/config-validator.ts';

const schema = JSON.parse(readFileSync(new URL('../../config.schema.json', import.meta.url), 'utf8')) as object;
const atRunTime = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** What both validators say of one value. */
function verdict(validate: { (data: unknown): boolean; errors?: unknown[] | null }, value: unknown) {
  const valid = validate(value);
  return { valid, errors: valid ? [] : validate.errors };
}

/** Any JSON leaf, strings with astral characters included (they count once for minLength). */
const leaf = fc.oneof(
  fc.constantFrom('', 'mock', 'https://x', 'http:/', 'CIRCLE_TOKEN', '1BAD', '😀', 'a'),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof(
  leaf,
  fc.array(leaf, { maxLength: 2 }),
  fc.dictionary(fc.constantFrom('junit', 'json', 'html', 'dir', 'log', 'logHistory', 'pacts', 'x'), leaf),
);
const config = fc.dictionary(
  fc.constantFrom('$schema', 'spec', 'target', 'tokenEnv', 'reports', 'pact', 'breaking', 'other'),
  value,
);

describe('the config validator compiled ahead of time', () => {
  it('says what Ajv compiling config.schema.json at run time says, errors and all', () => {
    fc.assert(
      fc.property(fc.oneof(config, value), (input) => {
        expect(verdict(validateConfig, input)).toEqual(verdict(atRunTime, input));
      }),
      { seed: 9, numRuns: 2000 },
    );
  });

  it('accepts a full valid config and names each broken field', () => {
    expect(validateConfig({ spec: 's', target: 'mock', tokenEnv: 'T', reports: { html: 'r.html' } })).toBe(true);
    expect(validateConfig({ spec: '', target: 'ftp://x', pact: { dir: 1 } })).toBe(false);
    expect(validateConfig.errors?.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual([
      '/spec minLength',
      '/target const',
      '/target pattern',
      '/target anyOf',
      '/pact/dir type',
    ]);
  });
});
