import {
  createRef,
  transformSchemaObject,
  UNKNOWN,
  type SchemaObject,
  type TransformNodeOptions,
} from 'openapi-typescript';
import ts from 'typescript';

/** The part of an array schema a tuple is read from. */
interface TupleSchema {
  type?: unknown;
  prefixItems?: unknown;
  items?: unknown;
  minItems?: unknown;
  maxItems?: unknown;
}

const count = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/**
 * openapi-typescript's `transform` hook for 2020-12 tuples: an array schema
 * with `prefixItems` is written as a TypeScript tuple. The members past
 * `minItems` are optional (`[A, B?]`); the items after the prefix are a rest
 * element of the `items` type (`[A, B, ...C[]]`, `...unknown[]` without
 * `items`), unless `maxItems` is at most the prefix's length (`[A, B]`,
 * which `typesDocument` makes of `items: { not: {} }`); members past
 * `maxItems` are left out. `undefined` for any other schema (and for a
 * `prefixItems` without `type: array`, which also admits non-arrays, as
 * openapi-typescript leaves an untyped `items` alone).
 *
 * @example
 * // { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], minItems: 1, items: { type: 'boolean' } }
 * // → [string, number?, ...boolean[]]
 */
export function tupleType(schema: SchemaObject, options: TransformNodeOptions): ts.TypeNode | undefined {
  const { type, prefixItems, items, minItems, maxItems } = schema as TupleSchema;
  if (type !== 'array' || !Array.isArray(prefixItems)) return undefined;
  const render = (child: unknown, ...at: string[]): ts.TypeNode =>
    transformSchemaObject(child as SchemaObject, { ...options, path: createRef([options.path, ...at]) });
  const required = count(minItems) ?? 0;
  const most = count(maxItems);
  const members: ts.TypeNode[] = prefixItems.slice(0, most).map((member, index) => {
    const type = render(member, 'prefixItems', String(index));
    return index < required ? type : ts.factory.createOptionalTypeNode(type);
  });
  if (most === undefined || most > prefixItems.length) {
    const rest = items === undefined ? UNKNOWN : render(items, 'items');
    members.push(ts.factory.createRestTypeNode(ts.factory.createArrayTypeNode(rest)));
  }
  return ts.factory.createTupleTypeNode(members);
}
