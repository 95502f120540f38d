import type { SchemaObject } from '@circleci-kit/spec-loader';
import { isNothing } from './nothing-schema.ts';

const cache = new WeakMap<SchemaObject, SchemaObject>();

/**
 * The array schema with its closed tail as the bound it is: `items: { not:
 * {} }` (3.1's `items: false`) allows no item after the `prefixItems`, so
 * the array holds at most that many, and the `maxItems` rules judge a tail
 * closed or opened (`maxItems` tightened or loosened). The same object
 * when the tail is open or `maxItems` is already that tight; copies are
 * cached per schema.
 *
 * @example
 * closedTailView({ type: 'array', prefixItems: [{ type: 'string' }], items: { not: {} } }).maxItems; // 1
 */
export function closedTailView(schema: SchemaObject): SchemaObject {
  if (!isNothing(schema.items)) return schema;
  const most = schema.prefixItems?.length ?? 0;
  if (schema.maxItems !== undefined && schema.maxItems <= most) return schema;
  let view = cache.get(schema);
  if (!view) {
    view = { ...schema, maxItems: most };
    cache.set(schema, view);
  }
  return view;
}
