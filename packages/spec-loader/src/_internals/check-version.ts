import { SpecError } from '../spec-error.ts';
import { isObject } from './json-pointer.ts';

/** The `openapi` versions the loader reads: 3.0.x and 3.1.x (a pre-release suffix allowed, as the schemas allow it). */
const SUPPORTED = /^3\.[01]\.\d+(-.+)?$/;

/**
 * The `jsonSchemaDialect`s a 3.1 document may name: the OAS 3.1 default
 * dialect, which the loader validates Schema Objects against, and plain
 * JSON Schema 2020-12, which that dialect only extends with annotations.
 */
const DIALECTS: ReadonlySet<string> = new Set([
  'https://spec.openapis.org/oas/3.1/dialect/base',
  'https://json-schema.org/draft/2020-12/schema',
  'https://json-schema.org/draft/2020-12/schema#',
]);

/**
 * Checks that a parsed value is an OpenAPI 3.0.x or 3.1.x document: an
 * object with an `openapi` field. Swagger 2.0, OpenAPI 3.2 and anything else
 * are refused with `UNSUPPORTED_VERSION`, as is a 3.1 document whose
 * `jsonSchemaDialect` is neither the OAS 3.1 default dialect nor JSON Schema
 * 2020-12: its Schema Objects would be read by the wrong rules. A dialect
 * that is not a string is left to the schema check (`INVALID_DOCUMENT`).
 */
export function checkVersion(value: unknown, source: string): asserts value is Record<string, unknown> {
  if (!isObject(value)) {
    const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    throw new SpecError({
      code: 'NOT_OPENAPI',
      message: `expected an OpenAPI document (an object), got ${kind}`,
      source,
    });
  }
  if (value.swagger !== undefined) {
    throw new SpecError({
      code: 'UNSUPPORTED_VERSION',
      message: `Swagger ${typeof value.swagger === 'string' ? value.swagger : JSON.stringify(value.swagger)} is not supported: convert it to OpenAPI 3.0 first (e.g. with swagger2openapi)`,
      source,
      pointer: '/swagger',
    });
  }
  if (value.openapi === undefined) {
    throw new SpecError({
      code: 'NOT_OPENAPI',
      message: 'no `openapi` field: this is not an OpenAPI document',
      source,
    });
  }
  if (typeof value.openapi !== 'string' || !SUPPORTED.test(value.openapi)) {
    throw new SpecError({
      code: 'UNSUPPORTED_VERSION',
      message: `OpenAPI ${JSON.stringify(value.openapi)} is not supported: only 3.0.x and 3.1.x documents are`,
      source,
      pointer: '/openapi',
    });
  }
  const dialect = value.jsonSchemaDialect;
  if (value.openapi.startsWith('3.1.') && typeof dialect === 'string' && !DIALECTS.has(dialect)) {
    throw new SpecError({
      code: 'UNSUPPORTED_VERSION',
      message: `the JSON Schema dialect ${JSON.stringify(dialect)} is not supported: only the OpenAPI 3.1 default dialect (https://spec.openapis.org/oas/3.1/dialect/base) and JSON Schema 2020-12 (https://json-schema.org/draft/2020-12/schema) are`,
      source,
      pointer: '/jsonSchemaDialect',
    });
  }
}
