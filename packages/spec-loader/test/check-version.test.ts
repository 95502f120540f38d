import { describe, expect, it } from 'vitest';
import { checkVersion } from '../src/_internals/check-version.ts';
import { loadSpec, SpecError } from '../src/index.ts';

const info = { title: 't', version: '1' };

/** The SpecError `checkVersion` throws for `value`, or `undefined` when it lets it through. */
function refusal(value: unknown): SpecError | undefined {
  try {
    checkVersion(value, 'openapi.json');
    return undefined;
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
}

describe('checkVersion', () => {
  it.each(['3.0.0', '3.0.3', '3.0.4-rc1', '3.1.0', '3.1.1', '3.1.2'])('lets OpenAPI %s through', (openapi) => {
    expect(refusal({ openapi, info, paths: {} })).toBeUndefined();
  });

  it.each([
    { given: 'OpenAPI 3.2.0', openapi: '3.2.0' },
    { given: 'OpenAPI 4.0.0', openapi: '4.0.0' },
    { given: 'OpenAPI 3.1 without its patch number', openapi: '3.1' },
    { given: 'OpenAPI 3.10.0', openapi: '3.10.0' },
    { given: 'a number', openapi: 3.1 },
  ])('refuses $given with UNSUPPORTED_VERSION at /openapi, naming what is supported', ({ openapi }) => {
    const error = refusal({ openapi, info, paths: {} });
    expect(error).toMatchObject({ code: 'UNSUPPORTED_VERSION', pointer: '/openapi' });
    expect(error?.message).toBe(
      `openapi.json at /openapi: OpenAPI ${JSON.stringify(openapi)} is not supported: only 3.0.x and 3.1.x documents are`,
    );
  });

  it('still refuses Swagger 2.0 at /swagger', () => {
    expect(refusal({ swagger: '2.0', info, paths: {} })).toMatchObject({
      code: 'UNSUPPORTED_VERSION',
      pointer: '/swagger',
    });
  });

  it.each([
    'https://spec.openapis.org/oas/3.1/dialect/base',
    'https://json-schema.org/draft/2020-12/schema',
    'https://json-schema.org/draft/2020-12/schema#',
  ])('lets a 3.1 document with jsonSchemaDialect %s through', (jsonSchemaDialect) => {
    expect(refusal({ openapi: '3.1.0', info, jsonSchemaDialect, paths: {} })).toBeUndefined();
  });

  it.each([
    'http://json-schema.org/draft-07/schema#',
    'https://json-schema.org/draft/2019-09/schema',
    'https://spec.openapis.org/oas/3.1/dialect/base#',
    'https://example.com/my-dialect',
  ])('refuses a 3.1 document with jsonSchemaDialect %s at /jsonSchemaDialect, naming it', (jsonSchemaDialect) => {
    const error = refusal({ openapi: '3.1.1', info, jsonSchemaDialect, paths: {} });
    expect(error).toMatchObject({ code: 'UNSUPPORTED_VERSION', pointer: '/jsonSchemaDialect' });
    expect(error?.message).toContain(`the JSON Schema dialect ${JSON.stringify(jsonSchemaDialect)} is not supported`);
    expect(error?.message).toContain('https://spec.openapis.org/oas/3.1/dialect/base');
  });

  it('leaves a jsonSchemaDialect that is no string, or in a 3.0 document, to the schema check', () => {
    expect(refusal({ openapi: '3.1.0', info, jsonSchemaDialect: 5, paths: {} })).toBeUndefined();
    expect(refusal({ openapi: '3.0.3', info, jsonSchemaDialect: 'https://example.com/d', paths: {} })).toBeUndefined();
  });
});

describe('loadSpec and the version gate', () => {
  it.each(['strict', 'lenient'] as const)('refuses OpenAPI 3.2.0 in %s mode', async (mode) => {
    const error = await loadSpec({ openapi: '3.2.0', info, paths: {} }, { mode }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_VERSION', pointer: '/openapi' });
  });

  it('refuses an unknown jsonSchemaDialect even in lenient mode', async () => {
    const document = { openapi: '3.1.0', info, jsonSchemaDialect: 'https://example.com/d', paths: {} };
    const error = await loadSpec(document, { mode: 'lenient' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_VERSION', pointer: '/jsonSchemaDialect' });
  });
});
