import { SpecError } from '../spec-error.ts';
import { isObject } from './json-pointer.ts';

/**
 * Checks that a parsed value is an OpenAPI 3.0.x document: an object with an
 * `openapi` field. Swagger 2.0, OpenAPI 3.1 and anything else are refused.
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
  if (typeof value.openapi !== 'string' || !/^3\.0\.\d+(-.+)?$/.test(value.openapi)) {
    throw new SpecError({
      code: 'UNSUPPORTED_VERSION',
      message: `OpenAPI ${JSON.stringify(value.openapi)} is not supported: only 3.0.x documents are`,
      source,
      pointer: '/openapi',
    });
  }
}
