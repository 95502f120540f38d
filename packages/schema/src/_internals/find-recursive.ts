import type { SchemaObject } from '../types.ts';
import { childSchemas } from './subschemas.ts';

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
