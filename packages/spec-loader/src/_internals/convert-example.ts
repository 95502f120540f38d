import { isSeq } from 'yaml';
import { findPair, newSeq, removePair, renamePair } from './convert-nodes.ts';
import type { SchemaRule } from './convert-rule.ts';

/**
 * A schema's `example: x` becomes `examples: [x]` in its place (3.1 keeps
 * `example` only as deprecated). The value is moved as it is, never read
 * or rewritten. Beside a list of `examples` already there, it becomes that
 * list's first item; beside `examples` that is not a list, it stays.
 */
export const rewriteExample: SchemaRule = (schema, { resolve, note }) => {
  const example = findPair(schema, 'example');
  if (example === undefined) return;
  const examples = findPair(schema, 'examples');
  if (examples === undefined) {
    renamePair(example, 'examples');
    example.value = newSeq([example.value]);
    note('example', 'example: x → examples: [x]');
    return;
  }
  const list = resolve(examples.value);
  if (!isSeq(list) || examples.value !== list) return;
  list.items.unshift(example.value);
  removePair(schema, example);
  note('example', 'example moved to the front of examples');
};
