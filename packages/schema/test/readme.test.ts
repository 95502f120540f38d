/** Runs the example at the top of the package README, line for line. */
import { describe, expect, it } from 'vitest';
import type { SchemaObject } from '../src/index.ts';

describe('README example', () => {
  it('runs', async () => {
    const logs: unknown[] = [];
    const console = { log: (value: unknown) => logs.push(value) };

    // --- the README example, as written there ---
    const fc = (await import('fast-check')).default;
    const { arbitraryFor, compileValidator, sample } = await import('../src/index.ts');

    const pipeline: SchemaObject = {
      type: 'object',
      required: ['id', 'number', 'state'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', format: 'uuid' },
        number: { type: 'integer', format: 'int64', minimum: 1 },
        state: { type: 'string', enum: ['created', 'errored'] },
        next_page_token: { type: 'string', 'x-nullable': true },
      },
      example: { id: '5034460f-c7c4-4c43-9457-de07e2029e7b', number: 1, state: 'created' },
    };

    const validate = compileValidator(pipeline, { direction: 'response' });
    console.log(validate({ id: 'nope', number: 1, state: 'created' }));
    // { valid: false, errors: [{ pointer: '/id', keyword: 'format', expected: 'a valid uuid', actual: '"nope"',
    //                            message: '/id: expected a valid uuid, got "nope"' }] }

    // Every valid value passes; every invalid value fails where it says.
    fc.assert(
      fc.property(arbitraryFor(pipeline), (value) => validate(value).valid),
      { seed: 1 },
    );
    fc.assert(
      fc.property(arbitraryFor(pipeline, { mode: 'invalid' }), ({ value, violation }) => {
        const result = validate(value);
        return (
          !result.valid && result.errors.some((e) => e.pointer === violation.pointer && e.keyword === violation.keyword)
        );
      }),
      { seed: 1 },
    );

    console.log(sample(pipeline, 42)); // the example, since it is valid
    // --- end of the README example ---

    expect(logs).toEqual([
      {
        valid: false,
        errors: [
          {
            pointer: '/id',
            keyword: 'format',
            expected: 'a valid uuid',
            actual: '"nope"',
            message: '/id: expected a valid uuid, got "nope"',
          },
        ],
      },
      { id: '5034460f-c7c4-4c43-9457-de07e2029e7b', number: 1, state: 'created' },
    ]);
  });
});
