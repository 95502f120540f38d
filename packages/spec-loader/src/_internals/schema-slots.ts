import { HTTP_METHODS } from './http-methods.ts';
import { isObject, isRef } from './json-pointer.ts';

/**
 * A place that holds a Schema Object: `holder[key]`. A visitor may replace the
 * value there (a boolean schema becomes an object).
 */
export interface SchemaSlot {
  holder: Record<string, unknown> | unknown[];
  key: string | number;
  /** The reference tokens from the document's root to the slot. */
  path: ReadonlyArray<string | number>;
}

/** How each subschema keyword holds its subschemas: one, one or a list (draft-04 `items`), a list, or a map of names. */
const SUBSCHEMAS: ReadonlyMap<string, 'one' | 'one-or-list' | 'list' | 'map'> = new Map([
  ...['additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'].map((k) => [k, 'one'] as const),
  ...['items', 'unevaluatedProperties', 'unevaluatedItems'].map((k) => [k, 'one-or-list'] as const),
  ...['allOf', 'oneOf', 'anyOf', 'prefixItems'].map((k) => [k, 'list'] as const),
  ...['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions'].map((k) => [k, 'map'] as const),
]);

type Visit = (slot: SchemaSlot) => void;

/**
 * Visits every Schema Object slot of an OpenAPI 3.0 or 3.1 document, before
 * `$ref`s are resolved, each before its subschemas: `components.schemas`, the
 * `schema` of parameters, headers and media types wherever those appear (in
 * paths, webhooks, callbacks and components), and every subschema keyword of
 * JSON Schema 2020-12. A `$ref` is visited but not followed (its target is
 * visited where it lives); literal values (`example`, `enum`, `default`…) are
 * never entered, so a value that looks like a schema is left alone.
 */
export function walkSchemaSlots(document: Record<string, unknown>, visit: Visit): void {
  const path: Array<string | number> = [];
  const at = <T>(token: string | number, inner: () => T): T => {
    path.push(token);
    try {
      return inner();
    } finally {
      path.pop();
    }
  };
  const seen = new Set<object>();

  // The schema recursion is the hot part (thousands of nodes, walked in a cold process): plain
  // pushes and pops, no closure per node.
  const schema = (holder: Record<string, unknown> | unknown[], key: string | number): void => {
    if ((holder as Record<string | number, unknown>)[key] === undefined) return;
    path.push(key);
    visit({ holder, key, path });
    const node = (holder as Record<string | number, unknown>)[key];
    if (isObject(node) && !isRef(node) && !seen.has(node)) {
      seen.add(node);
      // One pass over the node's own keys (a schema has a few), not a lookup of every keyword.
      for (const keyword in node) {
        const kind = SUBSCHEMAS.get(keyword);
        if (kind === undefined) continue;
        const value = node[keyword];
        if (kind === 'map') {
          if (!isObject(value)) continue;
          path.push(keyword);
          for (const name in value) schema(value, name);
          path.pop();
        } else if (Array.isArray(value)) {
          if (kind !== 'one') list(value, keyword);
        } else if (kind !== 'list') {
          schema(node, keyword);
        }
      }
    }
    path.pop();
  };
  const list = (items: unknown[], keyword: string): void => {
    path.push(keyword);
    for (let index = 0; index < items.length; index++) schema(items, index);
    path.pop();
  };

  const each = (value: unknown, token: string, inner: (item: Record<string, unknown>) => void): void => {
    if (!isObject(value)) return;
    at(token, () => {
      for (const name of Object.keys(value)) {
        const item = value[name];
        if (isObject(item) && !isRef(item)) at(name, () => inner(item));
      }
    });
  };
  const content = (owner: Record<string, unknown>): void =>
    each(owner.content, 'content', (media) => {
      schema(media, 'schema');
      each(media.encoding, 'encoding', (encoding) => each(encoding.headers, 'headers', header));
    });
  const parameterOrHeader = (owner: Record<string, unknown>): void => {
    schema(owner, 'schema');
    content(owner);
  };
  const header = parameterOrHeader;
  const parameterList = (owner: Record<string, unknown>): void => {
    const list = owner.parameters;
    if (!Array.isArray(list)) return;
    at('parameters', () =>
      list.forEach((parameter, index) => {
        if (isObject(parameter) && !isRef(parameter)) at(index, () => parameterOrHeader(parameter));
      }),
    );
  };
  const response = (value: Record<string, unknown>): void => {
    each(value.headers, 'headers', header);
    content(value);
  };
  const requestBody = content;
  const operation = (value: Record<string, unknown>): void => {
    parameterList(value);
    const body = value.requestBody;
    if (isObject(body) && !isRef(body)) at('requestBody', () => requestBody(body));
    each(value.responses, 'responses', response);
    each(value.callbacks, 'callbacks', (callback) => pathItemsIn(callback, pathItem));
  };
  /** A map of path items directly under `owner` (a callback's expressions). */
  const pathItemsIn = (owner: Record<string, unknown>, inner: (item: Record<string, unknown>) => void): void => {
    for (const name of Object.keys(owner)) {
      const item = owner[name];
      if (isObject(item) && !isRef(item)) at(name, () => inner(item));
    }
  };
  const pathItem = (value: Record<string, unknown>): void => {
    parameterList(value);
    for (const method of HTTP_METHODS) {
      const op = value[method];
      if (isObject(op)) at(method, () => operation(op));
    }
  };

  each(document.paths, 'paths', pathItem);
  each(document.webhooks, 'webhooks', pathItem);
  const components = document.components;
  if (!isObject(components)) return;
  at('components', () => {
    const schemas = components.schemas;
    if (isObject(schemas)) at('schemas', () => Object.keys(schemas).forEach((name) => schema(schemas, name)));
    each(components.parameters, 'parameters', parameterOrHeader);
    each(components.headers, 'headers', header);
    each(components.responses, 'responses', response);
    each(components.requestBodies, 'requestBodies', requestBody);
    each(components.callbacks, 'callbacks', (callback) => pathItemsIn(callback, pathItem));
    each(components.pathItems, 'pathItems', pathItem);
  });
}
