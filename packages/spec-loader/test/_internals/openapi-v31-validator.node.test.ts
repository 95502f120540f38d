import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateOpenApi31 } from '../../generated/openapi-v31-validator.ts';
// @ts-expect-error: a JavaScript module of the package's codegen, with JSDoc only.
import { openApi31Schemas } from '../../scripts/openapi-v31-schema.mjs';
import { schemaProblems } from '../../src/_internals/schema-problems.ts';
import { CURRENT_SPEC, HISTORY_DIR } from '../support/shared-specs.ts';

type Doc = Record<string, unknown>;

const schemas = (openApi31Schemas as () => { schema: object; dialect: object; vocabulary: object })();

/** The same schemas compiled at run time, with the options of codegen. */
const compiledNow = new Ajv2020({ allErrors: true, strict: false, validateFormats: false, inlineRefs: false })
  .addSchema(schemas.vocabulary)
  .addSchema(schemas.dialect)
  .compile(schemas.schema);

function outcome(validate: { (data: unknown): boolean; errors?: unknown }, document: unknown): unknown {
  return { valid: validate(document), errors: validate.errors ?? null };
}

/** A 3.0 document written as 3.1: `nullable` (and `x-nullable`) become `"null"` in a type array. */
function as31(text: string): Doc {
  const document = JSON.parse(text, (_key, value: unknown) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const { nullable, 'x-nullable': xNullable, ...rest } = value as Doc;
    if ((nullable === true || xNullable === true) && typeof rest.type === 'string') rest.type = [rest.type, 'null'];
    return rest;
  }) as Doc;
  document.openapi = '3.1.0';
  return document;
}

const current31 = JSON.stringify(as31(readFileSync(CURRENT_SPEC, 'utf8')));

describe('the OpenAPI 3.1 validator compiled ahead of time (generated/)', () => {
  it('finds the current spec, written as 3.1, valid', async () => {
    expect(validateOpenApi31(JSON.parse(current31))).toBe(true);
    expect(await schemaProblems(JSON.parse(current31))).toEqual([]);
  });

  it('gives exactly the outcome and errors of Ajv compiling the schema at run time, on every published version as 3.1', () => {
    const files = readdirSync(HISTORY_DIR).filter((file) => file.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(109);
    for (const file of files) {
      const document = as31(readFileSync(`${HISTORY_DIR}${file}`, 'utf8'));
      expect(outcome(validateOpenApi31, document), file).toStrictEqual(outcome(compiledNow, document));
    }
  });

  it('gives exactly the same errors on randomly edited copies of the current spec as 3.1', () => {
    const value = fc.constantFrom<unknown>(null, 1, 'x', true, [], {}, ['a', 'a'], { $ref: 1 }, { type: 'nope' });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), value)), (edits) => {
        const document = JSON.parse(current31) as Doc;
        for (const [steps, replacement] of edits) {
          let parent = document;
          let key = 'info';
          for (const step of steps) {
            const keys = Object.keys(parent);
            const child = keys.length === 0 ? undefined : parent[(key = keys[step % keys.length]!)];
            if (child === null || typeof child !== 'object' || step % 7 === 0) break;
            parent = child as Doc;
          }
          parent[key] = structuredClone(replacement);
        }
        expect(outcome(validateOpenApi31, document)).toStrictEqual(outcome(compiledNow, document));
      }),
      { seed: 20251017, numRuns: 100 },
    );
  });
});
