import { describe, expect, it } from 'vitest';
import { compileShared } from '../src/_internals/shared-compiles.ts';
import { createAjv } from '../src/_internals/create-ajv.ts';
import type { JsonSchema } from '../src/index.ts';

/** Compiles with a fresh Ajv, counting the Ajvs made (one per compile that was not shared). */
function compiler() {
  let made = 0;
  const compile = (schema: JsonSchema, unevaluated = true) =>
    compileShared(
      () => {
        made += 1;
        return createAjv({}, { unevaluated });
      },
      schema,
      'test',
      unevaluated,
    );
  return { compile, made: () => made };
}

describe('compileShared', () => {
  it('compiles a schema written the same way once, whatever object holds it', () => {
    const { compile, made } = compiler();
    const schema = (): JsonSchema => ({ type: 'object', required: ['a'], properties: { a: { type: 'string' } } });
    const first = compile(schema());
    const second = compile(schema());
    expect(second).toBe(first);
    expect(made()).toBe(1);
    expect(first({ a: 'x' })).toBe(true);
    expect(first({})).toBe(false);
  });

  it('compiles again for other options, another key order, or what JSON would not write back', () => {
    const { compile, made } = compiler();
    const base = compile({ type: 'object', properties: { b: { type: 'string' }, c: { type: 'integer' } } });
    expect(compile({ type: 'object', properties: { b: { type: 'string' }, c: { type: 'integer' } } }, false)).not.toBe(
      base,
    );
    expect(compile({ type: 'object', properties: { c: { type: 'integer' }, b: { type: 'string' } } })).not.toBe(base);
    const odd = { type: 'object', properties: { b: { type: 'string' }, c: { type: 'integer' } }, title: undefined };
    expect(compile(odd as JsonSchema)).not.toBe(compile(odd as JsonSchema));
    expect(made()).toBe(5);
  });
});
