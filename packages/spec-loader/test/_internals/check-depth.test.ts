import { describe, expect, it } from 'vitest';
import { loadSpec, SpecError } from '../../src/index.ts';
import { checkDepth, MAX_DEPTH } from '../../src/_internals/check-depth.ts';

function nestedSchemas(depth: number): string {
  const open = '{"type":"object","properties":{"a":'.repeat(depth);
  const close = '}}'.repeat(depth);
  return `{"openapi":"3.0.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"A":${open}{}${close}}}}`;
}

describe('checkDepth', () => {
  it.each([
    { given: 'a scalar', value: 1 },
    { given: 'a flat object', value: { a: 1, b: [1, 2] } },
  ])('accepts $given', ({ value }) => {
    expect(() => checkDepth(value, '<object>')).not.toThrow();
  });

  it.each([
    { given: 'plain JSON data', value: { a: [1, 'b', true, null, { c: -0.5 }] }, plain: true },
    {
      given: 'undefined values, which canonical JSON leaves out or writes as null',
      value: { a: undefined, b: [undefined] },
      plain: true,
    },
    { given: 'a scalar', value: 'text', plain: true },
    { given: 'NaN deep inside', value: { a: [{ b: Number.NaN }] }, plain: false },
    { given: 'Infinity in an array', value: [1, Number.POSITIVE_INFINITY], plain: false },
    { given: 'a bigint', value: { a: 1n }, plain: false },
    { given: 'a function', value: { a: () => 1 }, plain: false },
    { given: 'undefined alone', value: undefined, plain: false },
  ])('says whether $given is all plain JSON data', ({ value, plain }) => {
    expect(checkDepth(value, '<object>').plain).toBe(plain);
  });

  it.each([
    { given: 'no $ref', value: { a: [{ b: 1 }] }, refers: false },
    { given: 'local refs only', value: { a: { $ref: '#/components/schemas/A' }, b: [{ $ref: '#' }] }, refers: false },
    { given: 'a ref to a file, deep in an array', value: { a: [{ b: { $ref: './user.json' } }] }, refers: true },
    { given: 'a ref to a file with a fragment', value: { $ref: 'common.yaml#/User' }, refers: true },
    { given: 'a ref to a URL', value: { a: { $ref: 'https://example.com/s.json' } }, refers: true },
    { given: 'an empty ref', value: { a: { $ref: '' } }, refers: true },
    { given: 'a $ref that is not a string', value: { a: { $ref: { b: 1 } } }, refers: false },
    {
      given: 'a ref in an example (counted: never a no where one is followed)',
      value: { example: { $ref: 'x.json' } },
      refers: true,
    },
  ])('says whether $given names another file', ({ value, refers }) => {
    expect(checkDepth(value, '<object>').refersToOtherFiles).toBe(refers);
  });

  it('refuses the first place past the limit, with its pointer', () => {
    let value: unknown = 'leaf';
    for (let i = 0; i < 5; i++) value = { 'a/b': [value] };
    expect(() => checkDepth(value, '<object>', 4)).toThrow(
      expect.objectContaining({ code: 'TOO_DEEP', pointer: '/a~1b/0/a~1b/0' }),
    );
  });
});

describe('loadSpec and deep documents', () => {
  it('refuses schemas nested thousands deep with TOO_DEEP, not a stack overflow', async () => {
    const error = await loadSpec(nestedSchemas(5000), { mode: 'lenient' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect(error).toMatchObject({ code: 'TOO_DEEP' });
    expect((error as SpecError).pointer.startsWith('/components/schemas/A/properties/a')).toBe(true);
  });

  it('still loads a document nested well within the limit', async () => {
    const spec = await loadSpec(nestedSchemas(Math.floor((MAX_DEPTH - 8) / 2)), { mode: 'lenient' });
    expect(spec.operations.size).toBe(0);
  });
});
