import type { Rewrite } from '../types.ts';
import { canonicalNullable } from './canonical-nullable.ts';
import { HTTP_METHODS } from './http-methods.ts';
import { escapePointerToken, toPointer } from '../json-pointer.ts';
import { getAtPointer, isObject, isRef, refToPointer } from './json-pointer.ts';
import { normalizeSchemas31 } from './normalize-schema-31.ts';
import { inlinePathItemRefs } from './path-item-refs.ts';
import { rewritePathParametersNotInRoute } from './path-parameter-not-in-route.ts';
import { rewriteRepeatedQueryValue } from './repeated-query-value.ts';
import { walkObjects, type WalkPath } from './walk-objects.ts';

const LITERAL_KEYS = new Set(['example', 'examples', 'default', 'enum']);

/** `x-nullable: true` (Swagger 2.0's spelling, used by CircleCI) becomes OpenAPI 3.0's `nullable: true`. */
function rewriteNullable(node: Record<string, unknown>, path: WalkPath, rewrites: Rewrite[]): void {
  if (node['x-nullable'] !== true) return;
  delete node['x-nullable'];
  node.nullable = true;
  rewrites.push({
    kind: 'x-nullable',
    pointer: toPointer(path),
    message: 'x-nullable: true rewritten to nullable: true',
  });
}

const UNIONS = ['oneOf', 'anyOf', 'allOf'] as const;

/** The property names that the branches of a schema's unions declare (refs followed one level). */
function branchPropertyNames(document: Record<string, unknown>, node: Record<string, unknown>): string[] {
  const names = new Set<string>();
  for (const keyword of UNIONS) {
    const branches = node[keyword];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches as unknown[]) {
      const target = isRef(branch) ? refToPointer(branch.$ref) : undefined;
      const resolved = target === undefined ? branch : getAtPointer(document, target);
      if (isObject(resolved) && isObject(resolved.properties)) {
        for (const name of Object.keys(resolved.properties)) names.add(name);
      }
    }
  }
  return [...names];
}

/**
 * `additionalProperties: false` next to a `oneOf`/`anyOf`/`allOf` whose
 * branches declare the properties (CircleCI's `context_created.owner` and
 * `update_env_var`) forbids every property the branches need, so no value
 * would be valid. The author means "only the branches' properties": the
 * branches' names are added to the schema's own `properties` as `{}` (the
 * branches still check the values), and the schema stays closed.
 */
function openClosedUnion(
  document: Record<string, unknown>,
  node: Record<string, unknown>,
  path: WalkPath,
  rewrites: Rewrite[],
): void {
  if (node.additionalProperties !== false || !UNIONS.some((keyword) => Array.isArray(node[keyword]))) return;
  const own = isObject(node.properties) ? node.properties : {};
  const missing = branchPropertyNames(document, node).filter((name) => !(name in own));
  if (missing.length === 0) return;
  node.properties = { ...own, ...Object.fromEntries(missing.map((name) => [name, {}])) };
  rewrites.push({
    kind: 'closed-union',
    pointer: toPointer(path),
    message: `additionalProperties: false beside a union: the branches' properties ${missing.join(', ')} allowed`,
  });
}

interface Located {
  parameter: unknown;
  /** Where the parameter object itself lives (the ref target for a `$ref`). */
  pointer: string;
  key: string | undefined;
}

function locate(document: Record<string, unknown>, parameter: unknown, pointer: string): Located {
  const target = isRef(parameter) ? refToPointer(parameter.$ref) : undefined;
  const resolved = target === undefined ? parameter : getAtPointer(document, target);
  const key =
    isObject(resolved) && typeof resolved.name === 'string' && typeof resolved.in === 'string'
      ? `${resolved.in}\u0000${resolved.name}`
      : undefined;
  return { parameter, pointer: target ?? pointer, key };
}

/** `path-parameter-required`: OpenAPI demands `required: true` of every path parameter. */
function requirePathParameter(parameter: unknown, pointer: string, rewrites: Rewrite[]): void {
  if (!isObject(parameter) || parameter.in !== 'path' || parameter.required === true) return;
  parameter.required = true;
  rewrites.push({
    kind: 'path-parameter-required',
    pointer: `${pointer}/required`,
    message: `path parameter ${JSON.stringify(parameter.name)} made required (OpenAPI requires it)`,
  });
}

/**
 * Merges path-level parameters into each operation, and calls `visit` once
 * for every distinct parameter an operation has (resolved, with the pointer
 * where it lives: the ref target for a `$ref`, the path item for an inherited
 * one), so that a shared parameter is rewritten and recorded once.
 */
function mergeParameters(
  document: Record<string, unknown>,
  rewrites: Rewrite[],
  visit: (parameter: unknown, pointer: string) => void,
): void {
  const paths = isObject(document.paths) ? document.paths : {};
  const visited = new Set<string>();
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const itemPointer = `/paths/${escapePointerToken(path)}`;
    const pathLevel = (Array.isArray(item.parameters) ? item.parameters : []).map((parameter, index) =>
      locate(document, parameter, `${itemPointer}/parameters/${index}`),
    );
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const pointer = `${itemPointer}/${method}`;
      const own = (Array.isArray(operation.parameters) ? operation.parameters : []).map((parameter, index) =>
        locate(document, parameter, `${pointer}/parameters/${index}`),
      );
      const ownKeys = new Set(own.map((located) => located.key));
      const inherited = pathLevel.filter((located) => located.key === undefined || !ownKeys.has(located.key));
      for (const located of inherited) {
        rewrites.push({
          kind: 'path-level-parameter',
          pointer: `${pointer}/parameters`,
          message: `path-level parameter ${located.pointer} merged into ${method.toUpperCase()} ${path}`,
        });
      }
      const merged = [...inherited, ...own];
      if (inherited.length > 0) operation.parameters = merged.map((located) => located.parameter);
      for (const located of merged) {
        if (visited.has(located.pointer)) continue;
        visited.add(located.pointer);
        visit(isRef(located.parameter) ? getAtPointer(document, located.pointer) : located.parameter, located.pointer);
      }
    }
  }
}

/** True for an OpenAPI 3.1.x document (`checkVersion` has let only 3.0.x and 3.1.x through). */
function isOpenApi31(document: Record<string, unknown>): boolean {
  return typeof document.openapi === 'string' && document.openapi.startsWith('3.1.');
}

/**
 * Normalizes a document in place, before dereferencing, and returns what it
 * changed. A 3.1 document first has its Path Item `$ref`s copied in place
 * and its schemas brought to the internal form (`normalizeSchemas31`), so
 * that what follows, and every reader after, sees one dialect. Then, for
 * both versions: `x-nullable: true` → `nullable: true`, and "may be null"
 * given one spelling (`canonicalNullable`); a closed schema beside a
 * union allows the branches' properties; a path parameter whose `{name}` is
 * not in its route moved to the query string, or dropped beside a query
 * parameter of that name (`path-parameter-not-in-route`: first of the
 * parameter rewrites, so such a parameter is merged as a query parameter and
 * never made required); path-level parameters merged into each operation (an
 * operation's own parameter with the same name and location wins); every
 * path parameter made `required: true`; a query parameter typed as a
 * shapeless object whose own text shows `?name=a&name=b` becomes a string or
 * an array of strings, exploded (`repeated-query-value`). Normalizing the
 * result again changes nothing.
 */
export function normalize(document: Record<string, unknown>): Rewrite[] {
  const migrated = isOpenApi31(document) ? [...inlinePathItemRefs(document), ...normalizeSchemas31(document)] : [];
  // One walk for both schema rewrites; each kind's rewrites are listed together, x-nullable first.
  const nullable: Rewrite[] = [];
  const nullForms: Rewrite[] = [];
  const unions: Rewrite[] = [];
  walkObjects(document, LITERAL_KEYS, (node, path) => {
    rewriteNullable(node, path, nullable);
    canonicalNullable(node, path, nullForms);
    openClosedUnion(document, node, path, unions);
  });
  const rewrites = [...migrated, ...nullable, ...nullForms, ...unions, ...rewritePathParametersNotInRoute(document)];
  const repeated: Rewrite[] = [];
  mergeParameters(document, rewrites, (parameter, pointer) => {
    requirePathParameter(parameter, pointer, rewrites);
    rewriteRepeatedQueryValue(document, parameter, pointer, repeated);
  });
  return [...rewrites, ...repeated];
}
