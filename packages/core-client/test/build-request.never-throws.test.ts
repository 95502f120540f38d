import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { operations } from '../generated/operations.ts';
import { buildRequestUnchecked } from '../src/build-request.ts';
import { RequestValidationError } from '../src/request-validation-error.ts';

const ids = Object.keys(operations).sort();

/** Params for an operation: its own keys, some wire names and strangers, with any values at all. */
function anyParams(operationId: string) {
  const op = operations[operationId]!;
  const names = Object.values(op.parameters)
    .flat()
    .flatMap((p) => [p.key, p.name]);
  const key = fc.oneof(fc.constantFrom('body', 'projectSlug', ...names), fc.string({ maxLength: 6 }));
  return fc.dictionary(key, fc.anything({ maxDepth: 2 }), { maxKeys: 6 });
}

describe('property: buildRequestUnchecked never throws anything but RequestValidationError', () => {
  it('for any operation and any params', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ids).chain((id) => fc.tuple(fc.constant(id), anyParams(id))),
        ([id, params]) => {
          try {
            const request = buildRequestUnchecked(id, params);
            expect(request.url.startsWith('https://circleci.com/api/v2/')).toBe(true);
            expect(request.url).not.toMatch(/[{}]/);
          } catch (error) {
            if (!(error instanceof RequestValidationError)) throw error;
            expect(error.problems.length).toBeGreaterThan(0);
          }
        },
      ),
      { seed: 42, numRuns: 3000 },
    );
  });
});
