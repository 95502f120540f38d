/**
 * The property paths of a response schema, with the schema of each.
 */
import type { SchemaObject } from '@circleci-kit/spec-loader';

/** One property of a response body: its path from the root (`[]` steps into every item of an array) and its schema. */
export interface ResponseField {
  path: readonly string[];
  schema: SchemaObject;
}

/** How deep fields are listed: `items[].vcs.branch` is four steps. */
const MAX_DEPTH = 4;

/** The properties a node declares, its `allOf`, `oneOf` and `anyOf` branches' included (the first declaration of a name wins). */
function propertiesOf(schema: SchemaObject): Record<string, SchemaObject> {
  const own = { ...schema.properties };
  for (const branch of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) {
    for (const [name, property] of Object.entries(propertiesOf(branch))) own[name] ??= property;
  }
  return own;
}

/**
 * Every property path of a response schema down to a few levels, arrays
 * stepped into with `[]`: `items`, `[]`, `project_slug` for a list of
 * pipelines.
 *
 * @example
 * responseFields({ type: 'object', properties: { items: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } } } });
 * // → [{ path: ['items'], … }, { path: ['items', '[]', 'id'], … }]
 */
export function responseFields(schema: SchemaObject | undefined): ResponseField[] {
  const fields: ResponseField[] = [];
  const seen = new Set<SchemaObject>();
  const walk = (node: SchemaObject, path: string[]): void => {
    if (path.length >= MAX_DEPTH || seen.has(node)) return;
    seen.add(node);
    for (const [name, property] of Object.entries(propertiesOf(node))) {
      const at = [...path, name];
      fields.push({ path: at, schema: property });
      walk(property, at);
      if (property.items !== undefined) walk(property.items, [...at, '[]']);
    }
    seen.delete(node);
  };
  if (schema !== undefined) walk(schema, []);
  return fields;
}
