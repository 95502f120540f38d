import { isAlias, isMap, isScalar, isSeq, Scalar, type Document } from 'yaml';
import { SpecError } from '../spec-error.ts';
import { findPair, scalarValue } from './convert-nodes.ts';

/** The version a converted document declares. */
export const CONVERTED_VERSION = '3.1.0';

/** What the top of the tree is, for the error when it is not a map. */
function kindOf(node: unknown): string {
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return node.value === null ? 'null' : `a ${typeof node.value}`;
  return node === null ? 'nothing' : 'an alias';
}

/**
 * Checks that the tree is an OpenAPI 3.0.x document and sets its `openapi`
 * to 3.1.0 in place (the scalar keeps its place and quoting). Returns the
 * version it had. Anything else is refused with a `SpecError` naming what
 * was found: `NOT_OPENAPI` (not an object, or no `openapi`), or
 * `UNSUPPORTED_VERSION` (Swagger 2.0, a document already at 3.1, any other
 * version).
 */
export function rewriteVersion(document: Document, source: string): string {
  const root = document.contents;
  if (!isMap(root)) {
    throw new SpecError({
      code: 'NOT_OPENAPI',
      message: `expected an OpenAPI document (an object), got ${kindOf(root)}`,
      source,
    });
  }
  const swagger = findPair(root, 'swagger');
  if (swagger !== undefined) {
    throw new SpecError({
      code: 'UNSUPPORTED_VERSION',
      message: `Swagger ${JSON.stringify(scalarValue(swagger.value) ?? null)} cannot be converted to OpenAPI 3.1: only OpenAPI 3.0.x documents can`,
      source,
      pointer: '/swagger',
    });
  }
  const openapi = findPair(root, 'openapi');
  if (openapi === undefined) {
    throw new SpecError({
      code: 'NOT_OPENAPI',
      message: 'no `openapi` field: this is not an OpenAPI document',
      source,
    });
  }
  const node = isAlias(openapi.value) ? openapi.value.resolve(document) : openapi.value;
  const version = scalarValue(node);
  if (typeof version === 'string' && /^3\.1\.\d+(-.+)?$/.test(version)) {
    throw new SpecError({
      code: 'UNSUPPORTED_VERSION',
      message: `already OpenAPI ${version}: only OpenAPI 3.0.x documents are converted to 3.1`,
      source,
      pointer: '/openapi',
    });
  }
  if (typeof version !== 'string' || !/^3\.0\.\d+(-.+)?$/.test(version)) {
    // As written: `3.0` (a number) is not shown as `3`.
    const written =
      typeof version !== 'string' && isScalar(node) && node.source !== undefined ? node.source : undefined;
    throw new SpecError({
      code: 'UNSUPPORTED_VERSION',
      message: `OpenAPI ${written ?? JSON.stringify(version ?? null)} cannot be converted to 3.1: only OpenAPI 3.0.x documents can`,
      source,
      pointer: '/openapi',
    });
  }
  if (isScalar(openapi.value)) openapi.value.value = CONVERTED_VERSION;
  else openapi.value = new Scalar(CONVERTED_VERSION);
  return version;
}
