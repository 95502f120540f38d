import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { Ajv } from 'ajv';
import { transform } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a JavaScript module of the build tools, with JSDoc types only.
import { writeStandaloneValidator } from '../ajv-standalone.mjs';

const dir = mkdtempSync(join(tmpdir(), 'ajv-standalone-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// minLength needs Ajv's ucs2length helper, uniqueItems its deep equality: both must be bundled in.
const schema = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 2 },
    tags: { type: 'array', uniqueItems: true, items: { type: 'object' } },
  },
  additionalProperties: false,
};
const options = () => ({ allErrors: true, strict: false, code: { source: true, esm: true } });

describe('writeStandaloneValidator', () => {
  it('writes one self-contained module whose errors are a run-time compile’s, byte for byte', async () => {
    const out = pathToFileURL(join(dir, 'demo-validator.ts'));
    const text: string = await writeStandaloneValidator({
      ajv: new Ajv(options()),
      schema,
      out,
      resolveFrom: new URL(import.meta.url),
      name: 'validateDemo',
      typePrefix: 'Demo',
      source: 'a demo schema',
      summary: 'Validates a demo.',
    });
    expect(readFileSync(out, 'utf8')).toBe(text);
    expect(text).toMatch(/^\/\/ @ts-nocheck\n/);
    expect(text).toContain('export interface DemoSchemaError {');
    expect(text).toContain('export const validateDemo: DemoValidator = ');
    expect(text).not.toMatch(/^\s*(import|export \* from|export \{)/m);

    // Self-contained: it runs in a bare context, with no require, no module loader, no Node globals.
    const { code } = await transform(text, { loader: 'ts', format: 'cjs' });
    const module = { exports: {} as Record<string, unknown> };
    const context = createContext({ module, exports: module.exports });
    runInContext(code, context);
    const validateDemo = module.exports.validateDemo as ((data: unknown) => boolean) & { errors?: unknown };
    // Values made in that context, as its own code would see them (deep equality compares `valueOf` by realm).
    const inContext = (value: unknown): unknown => runInContext(`(${JSON.stringify(value)})`, context);
    const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null));
    const runtime = new Ajv(options()).compile(schema);
    for (const given of [
      { name: 'ok', tags: [{ a: 1 }, { a: 2 }] },
      { name: '💥', tags: [{ a: 1 }, { a: 1 }] },
      { tags: 'x', other: true },
      'not an object',
    ]) {
      expect(validateDemo(inContext(given)), JSON.stringify(given)).toBe(runtime(given));
      expect(plain(validateDemo.errors)).toEqual(plain(runtime.errors));
    }
  });

  it('refuses an Ajv instance that does not keep the code source as an ES module', async () => {
    await expect(
      writeStandaloneValidator({
        ajv: new Ajv({ code: { source: true } }),
        schema,
        out: pathToFileURL(join(dir, 'never.ts')),
        name: 'v',
        typePrefix: 'V',
        source: 's',
        summary: 's',
      }),
    ).rejects.toThrow(/code: \{ source: true, esm: true \}/);
  });
});
