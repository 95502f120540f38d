/**
 * The edits `convertSpec` makes to the `yaml` package's syntax tree, in
 * place, so that every member keeps its place, its comments and its style.
 */
import { isCollection, isNode, isScalar, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/** The name of a map member, as `toJS` would give it (`200:` in YAML is `"200"`). */
export function keyOf(pair: Pair): string {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return isNode(key) ? JSON.stringify(key.toJSON()) : String(key);
}

/** The member of `map` named `key`, if any. */
export function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => keyOf(pair) === key);
}

/** The value of a scalar node; `undefined` for anything else (a map, a list, no node). */
export function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

const nonEmpty = (text: string | null | undefined): text is string => typeof text === 'string' && text !== '';

/** The comments of a node, before and after it, in that order. */
function commentsOf(node: unknown): string[] {
  return isNode(node) ? [node.commentBefore, node.comment].filter(nonEmpty) : [];
}

/**
 * Removes a member from its map. Its comments are not lost: they go to
 * `heir`, the member that took over its meaning (a comment after the value
 * after the heir's one-line value, if that has none; the others above the
 * heir), else above the member that follows (or to the end of the map,
 * after the last one).
 */
export function removePair(map: YAMLMap, pair: Pair, heir?: Pair): void {
  const index = map.items.indexOf(pair);
  if (index === -1) return;
  map.items.splice(index, 1);
  const value = isNode(pair.value) ? pair.value : undefined;
  let comments = [...commentsOf(pair.key), ...commentsOf(value)];
  // A comment after a one-line value (a scalar, a flow list) is printed on its line; after a block list, below it.
  const line = heir?.value;
  const oneLine = isScalar(line) || (isCollection(line) && line.flow === true);
  if (oneLine && value !== undefined && nonEmpty(value.comment) && !nonEmpty(line.comment)) {
    line.comment = value.comment;
    comments = comments.filter((text) => text !== value.comment);
  }
  const next = heir ?? map.items[index];
  if (next !== undefined && isNode(next.key)) {
    if (comments.length > 0) next.key.commentBefore = [...comments, next.key.commentBefore].filter(nonEmpty).join('\n');
    if (heir === undefined && isNode(pair.key) && pair.key.spaceBefore === true) next.key.spaceBefore = true;
  } else if (comments.length > 0) {
    map.comment = [map.comment, ...comments].filter(nonEmpty).join('\n');
  }
}

/** Renames a member in place; the key node keeps its comments and quoting style. */
export function renamePair(pair: Pair, key: string): void {
  if (isScalar(pair.key)) pair.key.value = key;
  else pair.key = new Scalar(key);
}

/** A new member `key: value` (a node, kept as it is, or a plain scalar value). */
export function newPair(key: string, value: unknown): Pair {
  return new Pair(new Scalar(key), isNode(value) ? value : new Scalar(value));
}

/** Whether a node can sit in a one-line flow list (`[a, b]`): a scalar that is not a block scalar and has no comment. */
function fitsFlow(node: unknown): boolean {
  return (
    isScalar(node) &&
    node.type !== Scalar.BLOCK_LITERAL &&
    node.type !== Scalar.BLOCK_FOLDED &&
    commentsOf(node).length === 0
  );
}

/**
 * A new list of `items` (nodes, kept as they are, or plain scalar values).
 * A trailing comment of the first item moves to the list, so
 * `type: string # why` keeps it on its line; the list is then written on
 * one line (`[string, "null"]`) when every item is a plain scalar, else one
 * item per line.
 */
export function newSeq(items: readonly unknown[]): YAMLSeq {
  const seq = new YAMLSeq();
  const [first] = items;
  if (isScalar(first) && nonEmpty(first.comment)) {
    seq.comment = first.comment;
    delete first.comment;
  }
  for (const item of items) seq.items.push(isNode(item) ? item : new Scalar(item));
  seq.flow = seq.items.every(fitsFlow);
  return seq;
}

/** A new map holding `pairs` (moved as they are), one member per line. */
export function newMap(pairs: readonly Pair[]): YAMLMap {
  const map = new YAMLMap();
  map.items.push(...pairs);
  return map;
}

/** The schema `{ type: "null" }`, as a new map. */
export function nullSchema(): YAMLMap {
  return newMap([newPair('type', 'null')]);
}
