import type { Rewrite, RewriteEvidence } from '../types.ts';
import { escapePointerToken } from '../json-pointer.ts';
import { isObject, resolveRef } from './json-pointer.ts';

/** What a rewritten parameter's schema holds besides the old schema's other keywords: one value, or the name repeated. */
export function repeatedQuerySchema(): { anyOf: [{ type: 'string' }, { type: 'array'; items: { type: 'string' } }] } {
  return { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
}

/** Keywords that give an object schema a shape; with any of them, `type: object` means an object. */
const SHAPE_KEYWORDS = [
  'required',
  'minProperties',
  'maxProperties',
  'discriminator',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'enum',
  'items',
];

/** A query string in prose: from `?` to the first space, quote or bracket. */
const QUERY_STRING = /\?[^\s?#"'`<>()[\]{}]+/g;

function isEmptyObject(value: unknown): boolean {
  return isObject(value) && Object.keys(value).length === 0;
}

/** A literal that a string-or-strings schema accepts (or none at all). */
function fitsStrings(value: unknown): boolean {
  return (
    value === undefined ||
    typeof value === 'string' ||
    (Array.isArray(value) && value.every((item) => typeof item === 'string'))
  );
}

/**
 * True for `type: object` with nothing describing an object: no (or empty)
 * `properties`, `additionalProperties` absent, `true` or `{}`, no other
 * object keyword, and no `default`/`example` that is not a string (or strings).
 */
export function isShapelessObject(schema: unknown): schema is Record<string, unknown> {
  if (!isObject(schema) || schema.type !== 'object') return false;
  if (schema.properties !== undefined && !isEmptyObject(schema.properties)) return false;
  const extra = schema.additionalProperties;
  if (extra !== undefined && extra !== true && !isEmptyObject(extra)) return false;
  if (SHAPE_KEYWORDS.some((keyword) => schema[keyword] !== undefined)) return false;
  return fitsStrings(schema.default) && fitsStrings(schema.example);
}

function decodeKey(key: string): string {
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

/**
 * The first query string in `text` that gives `name` twice or more
 * (`?branches=main&branches=dev`; `&amp;` read as `&`), trailing
 * punctuation trimmed; `undefined` when there is none.
 */
export function repeatedQueryMatch(text: string, name: string): string | undefined {
  for (const [found] of text.matchAll(QUERY_STRING)) {
    const query = found.replace(/[.,;:!]+$/, '');
    const keys = query
      .slice(1)
      .split(/&(?:amp;)?/)
      .filter((pair) => pair.includes('='))
      .map((pair) => decodeKey(pair.slice(0, pair.indexOf('='))));
    if (keys.filter((key) => key === name).length >= 2) return query;
  }
  return undefined;
}

/** The texts of a parameter that may show how it is sent, in the order they are searched, with their pointers. */
function texts(
  document: Record<string, unknown>,
  parameter: Record<string, unknown>,
  pointer: string,
  schema: [unknown, string],
): Array<[unknown, string]> {
  const out: Array<[unknown, string]> = [[parameter.example, `${pointer}/example`]];
  if (isObject(parameter.examples)) {
    for (const [key, value] of Object.entries(parameter.examples)) {
      const [example, at] = resolveRef(document, value, `${pointer}/examples/${escapePointerToken(key)}`);
      if (!isObject(example)) continue;
      for (const field of ['value', 'summary', 'description']) out.push([example[field], `${at}/${field}`]);
    }
  }
  out.push([parameter.description, `${pointer}/description`]);
  const [resolved, at] = schema;
  if (isObject(resolved)) out.push([resolved.description, `${at}/description`], [resolved.example, `${at}/example`]);
  return out;
}

/**
 * Rewrites one parameter (already resolved; `pointer` is where it lives) when
 * it is a query parameter typed as a shapeless object whose own text
 * (`example`, `examples`, `description`, or its schema's `description` or
 * `example`) shows the repeated form `?name=…&name=…`, as CircleCI's Insights
 * filters `branches`, `workflow-names` and `project-names` do. Its schema
 * becomes a string or an array of strings (the old schema's other keywords,
 * such as `description`, kept), with `style: form` and `explode: true`, and
 * the rewrite is recorded with the text as evidence. Anything else is left
 * alone; a rewritten parameter no longer matches, so it is idempotent.
 */
export function rewriteRepeatedQueryValue(
  document: Record<string, unknown>,
  parameter: unknown,
  pointer: string,
  rewrites: Rewrite[],
): void {
  if (!isObject(parameter) || parameter.in !== 'query' || typeof parameter.name !== 'string') return;
  const schema = resolveRef(document, parameter.schema, `${pointer}/schema`);
  if (!isShapelessObject(schema[0])) return;
  const name = parameter.name;
  let evidence: RewriteEvidence | undefined;
  for (const [text, at] of texts(document, parameter, pointer, schema)) {
    const match = typeof text === 'string' ? repeatedQueryMatch(text, name) : undefined;
    if (match !== undefined) {
      evidence = { pointer: at, text: text as string, match };
      break;
    }
  }
  if (evidence === undefined) return;
  const kept = { ...schema[0] };
  for (const keyword of ['type', 'properties', 'additionalProperties']) delete kept[keyword];
  parameter.schema = { ...kept, ...repeatedQuerySchema() };
  parameter.style = 'form';
  parameter.explode = true;
  rewrites.push({
    kind: 'repeated-query-value',
    pointer,
    message: `query parameter ${JSON.stringify(name)} is typed object, but its own text shows repeated values (${evidence.match}): schema a string or an array of strings, style form, explode true`,
    evidence,
  });
}
