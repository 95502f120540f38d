import { findPair, keyOf, removePair } from './convert-nodes.ts';
import type { SchemaRule } from './convert-rule.ts';

/**
 * Members kept beside a `$ref`: the annotations 3.1 allows there
 * (`description`, `summary`) and extensions (`x-…`, which validate nothing)
 * but `x-nullable`: like `nullable` there, 3.0 ignores it, and in 3.1 it
 * would let `null` through.
 */
function kept(key: string): boolean {
  return key === '$ref' || key === 'description' || key === 'summary' || (key.startsWith('x-') && key !== 'x-nullable');
}

/**
 * In 3.0 the members beside a schema's `$ref` are ignored (and so they are
 * by this toolkit's loader); in 3.1 they apply. So that the converted
 * document means what the original did, they are dropped, and the drop is
 * recorded, since it loses text: all but those {@link kept}.
 */
export const dropRefSiblings: SchemaRule = (schema, { note }) => {
  if (findPair(schema, '$ref') === undefined) return;
  const dropped = schema.items.filter((pair) => !kept(keyOf(pair)));
  if (dropped.length === 0) return;
  for (const pair of dropped) removePair(schema, pair);
  note(
    'ref-siblings',
    `dropped ${dropped.map(keyOf).join(', ')} beside $ref: OpenAPI 3.0 ignores them, 3.1 would apply them`,
  );
};
