import type { SchemaObject } from '../types.ts';

/** The sub-schemas directly below a schema. */
export function childSchemas(schema: SchemaObject): SchemaObject[] {
  const children: SchemaObject[] = [];
  if (schema.properties) children.push(...Object.values(schema.properties));
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    children.push(schema.additionalProperties);
  }
  if (schema.items) children.push(schema.items);
  if (schema.not) children.push(schema.not);
  for (const list of [schema.allOf, schema.oneOf, schema.anyOf]) if (list) children.push(...list);
  return children;
}

/**
 * The schema objects that contain themselves (a dereferenced circular
 * `$ref` is the same object instance seen again below itself).
 */
export function findRecursive(root: SchemaObject): Set<SchemaObject> {
  const recursive = new Set<SchemaObject>();
  const onStack = new Set<SchemaObject>();
  const finished = new Set<SchemaObject>();
  const visit = (node: SchemaObject): void => {
    if (onStack.has(node)) {
      recursive.add(node);
      return;
    }
    if (finished.has(node)) return;
    onStack.add(node);
    for (const child of childSchemas(node)) visit(child);
    onStack.delete(node);
    finished.add(node);
  };
  visit(root);
  return recursive;
}
