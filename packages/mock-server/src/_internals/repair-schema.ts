import type { SchemaObject } from '@circleci-kit/spec-loader';

/** Whether a schema holds `additionalProperties: false` beside `oneOf`/`anyOf`/`allOf` without `properties` (nothing could satisfy it). */
function isDefect(schema: SchemaObject): boolean {
  return (
    schema.additionalProperties === false &&
    schema.properties === undefined &&
    (schema.oneOf !== undefined || schema.anyOf !== undefined || schema.allOf !== undefined)
  );
}

/**
 * A copy of the schema without one known defect of CircleCI's spec:
 * `additionalProperties: false` next to `oneOf`/`anyOf` whose branches list
 * the properties (`createContext`'s `owner`), which as written forbids every
 * property the branches require. The branches keep their own
 * `additionalProperties`. Returns the same object when there is nothing to repair.
 */
export function repairSchema(schema: SchemaObject): SchemaObject {
  const seen = new Map<SchemaObject, SchemaObject>();
  let changed = false;
  const walk = (node: SchemaObject): SchemaObject => {
    const known = seen.get(node);
    if (known !== undefined) return known;
    const copy: SchemaObject = { ...node };
    seen.set(node, copy);
    if (isDefect(node)) {
      delete copy.additionalProperties;
      changed = true;
    }
    if (node.properties)
      copy.properties = Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, walk(v)]));
    if (node.items) copy.items = walk(node.items);
    for (const key of ['oneOf', 'anyOf', 'allOf'] as const) if (node[key]) copy[key] = node[key]!.map(walk);
    if (typeof node.additionalProperties === 'object') copy.additionalProperties = walk(node.additionalProperties);
    return copy;
  };
  const repaired = walk(schema);
  return changed ? repaired : schema;
}
