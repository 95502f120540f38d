import { isAlias, isMap, isSeq, type Document, type YAMLMap } from 'yaml';
import { toPointer } from '../json-pointer.ts';
import { SpecError } from '../spec-error.ts';
import { MAX_DEPTH } from './check-depth.ts';
import { findPair, keyOf } from './convert-nodes.ts';
import { HTTP_METHODS } from './http-methods.ts';

/** Where a node is: the unescaped tokens of its JSON pointer. */
export type Tokens = readonly string[];

/** What {@link forEachSchema} calls for each Schema Object. */
export type SchemaVisitor = (schema: YAMLMap, tokens: Tokens) => void;

const METHODS: ReadonlySet<string> = new Set(HTTP_METHODS);

/**
 * Calls `visit` on every Schema Object of an OpenAPI 3.0 syntax tree, each
 * once, in document order, a schema before the schemas inside it. Schemas
 * are found where 3.0 puts them, never by the look of an object:
 * `components.schemas`; the `schema` of parameters, headers and media types
 * (in components, path items, operations, responses, request bodies,
 * encodings and callbacks); and inside a schema, `properties.*`,
 * `additionalProperties`, `items`, `allOf`/`oneOf`/`anyOf` items and `not`.
 * So `example`, `examples`, `default` and `enum` values, which hold data,
 * are never visited. A Reference Object outside a schema is not followed
 * (its target is visited where it lives); YAML aliases are.
 *
 * The tokens given are those of the tree as it was before `visit` ran on
 * the parent: a visitor may move a schema's members (into an `anyOf`), and
 * the schemas inside are still reported where the input had them.
 */
export function forEachSchema(document: Document, source: string, visit: SchemaVisitor): void {
  const seen = new Set<unknown>();
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(document) : node);
  /** The members of a map, aliases resolved; none for anything else. */
  const entries = (node: unknown): Array<[string, unknown]> =>
    isMap(node) ? node.items.map((pair) => [keyOf(pair), resolve(pair.value)]) : [];
  const member = (node: unknown, key: string): unknown =>
    isMap(node) ? resolve(findPair(node, key)?.value) : undefined;
  /** Marks a map as visited; false when it was already, or is not a map, or is a Reference Object. */
  const enter = (node: unknown, tokens: Tokens, refToo = false): node is YAMLMap => {
    if (!isMap(node) || seen.has(node) || (!refToo && findPair(node, '$ref') !== undefined)) return false;
    if (tokens.length > MAX_DEPTH) {
      const pointer = toPointer(tokens);
      throw new SpecError({
        code: 'TOO_DEEP',
        message: `schemas nest more than ${MAX_DEPTH} levels deep (at ${pointer}); no OpenAPI document needs that`,
        source,
        pointer,
      });
    }
    seen.add(node);
    return true;
  };

  const schema = (node: unknown, tokens: Tokens): void => {
    if (!enter(node, tokens, true)) return;
    const inside: Array<[unknown, Tokens]> = [];
    for (const [key, value] of entries(node)) {
      switch (key) {
        case 'properties':
          for (const [name, child] of entries(value)) inside.push([child, [...tokens, key, name]]);
          break;
        case 'allOf':
        case 'oneOf':
        case 'anyOf':
          if (isSeq(value))
            value.items.forEach((child, index) => inside.push([resolve(child), [...tokens, key, `${index}`]]));
          break;
        case 'items':
        case 'additionalProperties':
        case 'not':
          inside.push([value, [...tokens, key]]);
          break;
      }
    }
    visit(node, tokens);
    for (const [child, at] of inside) schema(child, at);
  };

  const content = (node: unknown, tokens: Tokens): void => {
    for (const [mediaType, media] of entries(node)) {
      if (!enter(media, tokens)) continue;
      const at = [...tokens, mediaType];
      for (const [key, value] of entries(media)) {
        if (key === 'schema') schema(value, [...at, key]);
        if (key === 'encoding') {
          for (const [name, encoding] of entries(value))
            headers(member(encoding, 'headers'), [...at, key, name, 'headers']);
        }
      }
    }
  };

  /** A parameter or a header: a `schema`, or a `content` of one media type. */
  const parameter = (node: unknown, tokens: Tokens): void => {
    if (!enter(node, tokens)) return;
    for (const [key, value] of entries(node)) {
      if (key === 'schema') schema(value, [...tokens, key]);
      if (key === 'content') content(value, [...tokens, key]);
    }
  };

  const parameters = (node: unknown, tokens: Tokens): void => {
    if (isSeq(node)) node.items.forEach((item, index) => parameter(resolve(item), [...tokens, `${index}`]));
  };

  const headers = (node: unknown, tokens: Tokens): void => {
    for (const [name, header] of entries(node)) parameter(header, [...tokens, name]);
  };

  const requestBody = (node: unknown, tokens: Tokens): void => {
    if (enter(node, tokens)) content(member(node, 'content'), [...tokens, 'content']);
  };

  const response = (node: unknown, tokens: Tokens): void => {
    if (!enter(node, tokens)) return;
    for (const [key, value] of entries(node)) {
      if (key === 'headers') headers(value, [...tokens, key]);
      if (key === 'content') content(value, [...tokens, key]);
    }
  };

  const callback = (node: unknown, tokens: Tokens): void => {
    if (!enter(node, tokens)) return;
    for (const [expression, item] of entries(node)) pathItem(item, [...tokens, expression]);
  };

  const operation = (node: unknown, tokens: Tokens): void => {
    if (!enter(node, tokens)) return;
    for (const [key, value] of entries(node)) {
      const at = [...tokens, key];
      if (key === 'parameters') parameters(value, at);
      if (key === 'requestBody') requestBody(value, at);
      if (key === 'responses') for (const [status, item] of entries(value)) response(item, [...at, status]);
      if (key === 'callbacks') for (const [name, item] of entries(value)) callback(item, [...at, name]);
    }
  };

  // A path item's `$ref` (to another file) may stand beside its own members: those are still walked.
  const pathItem = (node: unknown, tokens: Tokens): void => {
    if (!enter(node, tokens, true)) return;
    for (const [key, value] of entries(node)) {
      if (key === 'parameters') parameters(value, [...tokens, key]);
      if (METHODS.has(key)) operation(value, [...tokens, key]);
    }
  };

  const components = (node: unknown, tokens: Tokens): void => {
    for (const [kind, named] of entries(node)) {
      for (const [name, value] of entries(named)) {
        const at = [...tokens, kind, name];
        switch (kind) {
          case 'schemas':
            schema(value, at);
            break;
          case 'parameters':
          case 'headers':
            parameter(value, at);
            break;
          case 'responses':
            response(value, at);
            break;
          case 'requestBodies':
            requestBody(value, at);
            break;
          case 'callbacks':
            callback(value, at);
            break;
        }
      }
    }
  };

  for (const [key, value] of entries(document.contents)) {
    if (key === 'paths') for (const [path, item] of entries(value)) pathItem(item, [key, path]);
    if (key === 'components') components(value, [key]);
  }
}
