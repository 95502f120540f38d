// From core-client's source: core-client builds with this generator, so it can't be a dependency of it.
import { admitsNoValue } from '../../../packages/core-client/src/admits-no-value.ts';
import { walkSchemaSlots, type SchemaSlot } from '@circleci-kit/spec-loader';

type Schema = Record<string, unknown>;

/** The keywords a tuple is made of: what `tupleType` reads. */
const TUPLE_KEYWORDS = ['type', 'prefixItems', 'items', 'minItems', 'maxItems', 'uniqueItems'] as const;

/**
 * The keywords openapi-typescript applies around a schema's own type (`| null`,
 * intersections, unions, literals). It also asks its `transform` hook about a
 * property's schema a second time and takes that answer for the property's
 * whole type, so a tuple beside one of these moves into an `allOf` branch
 * of its own, where only the first question reaches it.
 */
const AROUND_TYPE = ['nullable', 'allOf', 'anyOf', 'oneOf', 'enum'] as const;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{ not: {} }` → `{ enum: [] }`, in place: the same "no value", which openapi-typescript writes as `never`. */
function toEmptyEnum(node: Schema): void {
  for (const key of Object.keys(node)) {
    if (!key.startsWith('x-') && key !== 'description' && key !== 'title') delete node[key];
  }
  node.enum = [];
}

/**
 * A `prefixItems` schema, in place: `items: { not: {} }` (no more items)
 * becomes `maxItems` at the prefix's length, and the tuple keywords move into
 * an `allOf` branch when the schema has keywords around its type.
 */
function toTupleForm(node: Schema, prefixItems: readonly unknown[]): void {
  if (admitsNoValue(node.items)) {
    delete node.items;
    node.maxItems = Math.min(typeof node.maxItems === 'number' ? node.maxItems : Infinity, prefixItems.length);
  }
  if (!AROUND_TYPE.some((key) => key in node)) return;
  const tuple: Schema = {};
  for (const key of TUPLE_KEYWORDS) {
    if (!(key in node)) continue;
    tuple[key] = node[key];
    delete node[key];
  }
  node.allOf = [...(Array.isArray(node.allOf) ? (node.allOf as unknown[]) : []), tuple];
}

function rewrite(slot: SchemaSlot): void {
  const node: unknown = (slot.holder as Record<string | number, unknown>)[slot.key];
  if (!isSchema(node)) return;
  if (admitsNoValue(node)) {
    toEmptyEnum(node);
    return;
  }
  // `additionalProperties: { not: {} }` is 3.0's `false`: no index signature, rather than one of `never`.
  if (admitsNoValue(node.additionalProperties)) node.additionalProperties = false;
  if (Array.isArray(node.prefixItems)) toTupleForm(node, node.prefixItems);
}

/**
 * The document openapi-typescript renders the client's types from: a copy
 * of the loaded (normalized, dereferenced) document with the internal
 * form's 2020-12 pieces put the way openapi-typescript reads them right.
 * A 3.0 document without them is copied unchanged.
 *
 * - `webhooks` are left out: the client neither sends nor answers them, and
 *   their operationIds must not meet the client's;
 * - `{ not: {} }` (no value) becomes `{ enum: [] }`, written `never` (an
 *   optional property that can't be present is `name?: never`), and
 *   `additionalProperties: { not: {} }` becomes `false` (no index signature);
 * - a `prefixItems` schema is kept for the `tupleType` hook, which writes it
 *   as a tuple (see `toTupleForm` for how it is placed);
 * - `dependentRequired`, `contentMediaType` and `contentEncoding` are left as
 *   they are: they constrain values, not their TypeScript type (a property
 *   stays optional even when another one requires it; content is a string).
 */
export function typesDocument(document: Record<string, unknown>): Record<string, unknown> {
  // structuredClone keeps shared schema objects shared, so the copy is no larger than the document.
  const copy = structuredClone(document);
  delete copy.webhooks;
  walkSchemaSlots(copy, rewrite);
  return copy;
}
