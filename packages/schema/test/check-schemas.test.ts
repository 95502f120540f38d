import { describe, expect, it } from 'vitest';
import { checkSchemas, compileValidator } from '../src/index.ts';
import type { SchemaObject, Validator } from '../src/index.ts';

const name: SchemaObject = { type: 'string', minLength: 1 };
const anything: SchemaObject = {};

describe('checkSchemas', () => {
  it('checks a schema object once per direction, and says what it could not check', () => {
    const result = checkSchemas(
      [
        { label: 'a', schema: name, direction: 'request' as const },
        { label: 'b', schema: name, direction: 'request' as const },
        { label: 'c', schema: name, direction: 'response' as const },
        { label: 'd', schema: anything, direction: 'response' as const },
      ],
      { runs: 20, seed: 1 },
    );
    expect(result.checked).toBe(3);
    expect(result.failures).toEqual([]);
    expect(result.notChecked).toEqual(['d: invalid (NO_INVALID_VALUE)']);
    expect(result.notCheckedReasons).toEqual([expect.stringMatching(/^d: invalid mode: no value breaks/)]);
  });

  it('reports the samples a validator misjudges, a few per schema', () => {
    const rejectsAll: Validator = Object.assign(
      () => ({
        valid: false as const,
        errors: [{ pointer: '', keyword: 'type', message: 'no', expected: 'x', actual: 'y' }],
      }),
      { schema: {} },
    );
    const result = checkSchemas([{ label: 'name', schema: name, direction: 'response' as const }], {
      runs: 20,
      seed: 1,
      failuresPerSchema: 2,
      validatorFor: () => rejectsAll,
    });
    expect(result.failures).toHaveLength(2);
    expect(result.failures[0]).toMatch(/^name \[valid\] no: /);
  });

  it('uses the validator it is given for each entry', () => {
    const seen: string[] = [];
    checkSchemas([{ label: 'name', schema: name, direction: 'request' as const, key: 'k1' }], {
      runs: 5,
      validatorFor: (entry) => {
        seen.push(entry.key);
        return compileValidator(entry.schema, { direction: entry.direction });
      },
    });
    expect(seen).toEqual(['k1']);
  });
});
