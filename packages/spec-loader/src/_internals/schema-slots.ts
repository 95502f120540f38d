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

/** Keywords whose value is one subschema. */
const ONE = ['additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];
const ONE_OR_MORE = ['items', 'unevaluatedProperties', 'unevaluatedItems'];
/** Keywords whose value is a list of subschemas. */
const LIST = ['allOf', 'oneOf', 'anyOf', 'prefixItems'];
/** Keywords whose value maps names to subschemas. */
const MAP = ['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions'];

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

  const schema = (holder: Record<string, unknown> | unknown[], key: string | number): void => {
    const before = (holder as Record<string | number, unknown>)[key];
    if (before === undefined) return;
    at(key, () => {
      visit({ holder, key, path });
      const node = (holder as Record<string | number, unknown>)[key];
      if (!isObject(node) || isRef(node) || seen.has(node)) return;
      seen.add(node);
      for (const keyword of ONE) if (keyword in node) schema(node, keyword);
      for (const keyword of ONE_OR_MORE) {
        const value = node[keyword];
        if (Array.isArray(value)) at(keyword, () => value.forEach((_, index) => schema(value, index)));
        else if (value !== undefined) schema(node, keyword);
      }
      for (const keyword of LIST) {
        const value = node[keyword];
        if (Array.isArray(value)) at(keyword, () => value.forEach((_, index) => schema(value, index)));
      }
      for (const keyword of MAP) {
        const value = node[keyword];
        if (isObject(value)) at(keyword, () => Object.keys(value).forEach((name) => schema(value, name)));
      }
    });
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
