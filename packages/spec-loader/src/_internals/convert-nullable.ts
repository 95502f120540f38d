import { isAlias, isNode, isScalar, isSeq, Scalar, YAMLSeq, type Pair, type YAMLMap } from 'yaml';
import { findPair, keyOf, newMap, newPair, newSeq, nullSchema, removePair, scalarValue } from './convert-nodes.ts';
import type { RuleContext, SchemaRule } from './convert-rule.ts';

/** The keywords that can refuse `null` whatever the type: they go inside the `anyOf` branch of a wrapped schema. */
const REFUSING = new Set(['$ref', 'allOf', 'oneOf', 'anyOf', 'not', 'enum', 'discriminator']);

/** The keywords that make a schema without `type` a combination that must be wrapped to allow `null`. */
const COMBINING = ['$ref', 'allOf', 'oneOf', 'anyOf', 'not'];

/** The list a member holds, made the schema's own first when it is an alias (the anchored list is shared). */
function ownList(pair: Pair | undefined, resolve: RuleContext['resolve']): YAMLSeq | undefined {
  if (pair === undefined) return undefined;
  const value = resolve(pair.value);
  if (!isSeq(value)) return undefined;
  if (!isAlias(pair.value)) return value;
  // A list of the same items: what is appended to it is this schema's alone.
  const copy = new YAMLSeq();
  copy.items = [...value.items];
  if (value.flow === true) copy.flow = true;
  pair.value = copy;
  return copy;
}

/** Appends `null` to the schema's `enum` unless it is there: true when appended. */
function addNullToEnum(schema: YAMLMap, resolve: RuleContext['resolve']): boolean {
  const list = ownList(findPair(schema, 'enum'), resolve);
  if (list === undefined || list.items.some((item) => isScalar(resolve(item)) && scalarValue(resolve(item)) === null)) {
    return false;
  }
  list.items.push(new Scalar(null));
  return true;
}

/** `type: T` → `type: [T, "null"]` in place (a list of types gets `"null"` appended). */
function addNullType(typePair: Pair, resolve: RuleContext['resolve']): string {
  const type = resolve(typePair.value);
  if (isScalar(type) && typeof type.value === 'string' && type.value !== 'null') {
    const name = type.value;
    typePair.value = newSeq([typePair.value, 'null']);
    return `type: [${name}, "null"]`;
  }
  const list = ownList(typePair, resolve);
  if (list !== undefined && !list.items.some((item) => scalarValue(resolve(item)) === 'null')) {
    list.items.push(new Scalar('null'));
  }
  return `"null" in type`;
}

/**
 * A nullable schema without `type` that combines others (`$ref`, `allOf`,
 * `oneOf`, `anyOf`, `not`): every keyword that could refuse `null` moves
 * into the first branch of `anyOf: [<those>, { type: "null" }]`, written in
 * the place of the first of them. Annotations (`description`, `title`,
 * `readOnly`, `examples`, `x-…`) and type-specific keywords (`properties`,
 * `required`…, which never refuse `null`) stay at the top, where a reader
 * looks for them. The least surprising forms are chosen where they mean the
 * same: a lone `allOf: [S]` (the usual way to annotate a `$ref`) becomes
 * `anyOf: [S, { type: "null" }]`, and a lone `anyOf` gets the null branch
 * appended to its own list. Returns what it wrote, for the change's
 * message, and the `anyOf` member.
 */
function wrapInAnyOf(schema: YAMLMap, resolve: RuleContext['resolve']): [string, Pair | undefined] {
  const inner = schema.items.filter((pair) => REFUSING.has(keyOf(pair)));
  const [first] = inner;
  if (first === undefined) return ['', undefined];
  const onlyKey = inner.length === 1 ? keyOf(first) : undefined;
  if (onlyKey === 'anyOf') {
    const list = ownList(first, resolve);
    if (list !== undefined) {
      list.items.push(nullSchema());
      return ['anyOf: [..., { type: "null" }]', first];
    }
  }
  const allOf = onlyKey === 'allOf' ? resolve(first.value) : undefined;
  const branch = isSeq(allOf) && allOf.items.length === 1 ? allOf.items[0] : newMap(inner);
  const wrapper = newPair('anyOf', newSeq([branch, nullSchema()]));
  // A comment above the first moved member stays above, now on `anyOf`.
  if (isNode(first.key) && isNode(wrapper.key)) {
    if (first.key.commentBefore != null) wrapper.key.commentBefore = first.key.commentBefore;
    if (first.key.spaceBefore === true) wrapper.key.spaceBefore = true;
    delete first.key.commentBefore;
    delete first.key.spaceBefore;
  }
  schema.items.splice(schema.items.indexOf(first), 0, wrapper);
  schema.items = schema.items.filter((pair) => !inner.includes(pair));
  const moved = isSeq(allOf) && branch === allOf.items[0] ? 'the allOf item' : `{ ${inner.map(keyOf).join(', ')} }`;
  return [`anyOf: [${moved}, { type: "null" }]`, wrapper];
}

/**
 * `nullable` and Swagger's `x-nullable` (booleans only; both go):
 *
 * - `true` beside `type: T` → `type: [T, "null"]` in the place of `type`,
 *   and `null` appended to an `enum` that lacks it (this toolkit reads a
 *   nullable schema's `enum` as allowing `null`);
 * - `true` without `type`: a combination (`$ref`, `allOf`…) is wrapped (see
 *   {@link wrapInAnyOf}); an `enum` gets `null`; anything else already
 *   allows `null` in 3.1, so the keyword just goes;
 * - `false` (the default) just goes.
 */
export const rewriteNullable: SchemaRule = (schema, { resolve, note }) => {
  const flags = ['nullable', 'x-nullable']
    .map((key) => findPair(schema, key))
    .filter((pair): pair is Pair => pair !== undefined && typeof scalarValue(resolve(pair.value)) === 'boolean');
  if (flags.length === 0) return;
  const nullable = flags.some((pair) => scalarValue(resolve(pair.value)) === true);
  const was = flags.map((pair) => `${keyOf(pair)}: ${String(scalarValue(resolve(pair.value)))}`).join(', ');
  let became: string;
  // The member that now says "may be null", which the removed flags' comments go to.
  let heir: Pair | undefined;
  const typePair = findPair(schema, 'type');
  if (!nullable) {
    became = 'removed';
  } else if (typePair !== undefined) {
    became = addNullType(typePair, resolve);
    heir = typePair;
    if (addNullToEnum(schema, resolve)) became += ', null appended to enum';
  } else if (COMBINING.some((key) => findPair(schema, key) !== undefined)) {
    [became, heir] = wrapInAnyOf(schema, resolve);
  } else if (addNullToEnum(schema, resolve)) {
    became = 'null appended to enum (no type)';
  } else {
    became = 'removed: a schema without type already allows null';
  }
  for (const pair of flags) removePair(schema, pair, heir);
  note('nullable', `${was} → ${became}`);
};
