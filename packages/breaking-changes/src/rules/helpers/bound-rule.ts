import type { SchemaObject } from '@circleci-kit/spec-loader';
import { describeNumericBound, numericBoundChange } from '../../engine/numeric-bounds.ts';
import { nodeFinding, type SchemaRule } from '../rule.ts';
import { sideRule, type SideRuleSpec } from './side-rule.ts';

/**
 * The numeric keywords that bound a value (a string's length, a number, an
 * array's items, an object's properties): the `max…` ones from above, the
 * `min…` ones from below.
 */
export type BoundKeyword =
  'maxLength' | 'minLength' | 'maximum' | 'minimum' | 'maxItems' | 'minItems' | 'maxProperties' | 'minProperties';

/** What a bound rule watches for. */
export interface BoundRuleSpec extends SideRuleSpec {
  keyword: BoundKeyword;
  /** `tightened`: fewer values are allowed than before; `loosened`: more are. */
  change: 'tightened' | 'loosened';
}

function limit(schema: SchemaObject, keyword: BoundKeyword): number {
  const value = schema[keyword];
  if (value !== undefined) return value;
  return keyword.startsWith('max') ? Infinity : -Infinity;
}

/** The end of the range a numeric keyword bounds, for `minimum` and `maximum`. */
const NUMERIC_END: Partial<Record<BoundKeyword, 'lower' | 'upper'>> = { minimum: 'lower', maximum: 'upper' };

/**
 * Compares one bound in both versions: a lower `max…` or a higher `min…` is
 * tightened, the reverse loosened. A bound that appears counts as tightened,
 * one that disappears as loosened. `minimum` and `maximum` count their
 * exclusive flags (see `numericBoundChange`).
 */
export function boundChange(
  old: SchemaObject,
  next: SchemaObject,
  keyword: BoundKeyword,
): 'tightened' | 'loosened' | 'same' {
  const end = NUMERIC_END[keyword];
  if (end !== undefined) return numericBoundChange(old, next, end);
  const before = limit(old, keyword);
  const after = limit(next, keyword);
  if (before === after) return 'same';
  const isMax = keyword.startsWith('max');
  return (isMax ? after < before : after > before) ? 'tightened' : 'loosened';
}

/**
 * Builds a schema rule for one bound on one side, e.g. `maxLength`
 * tightened on the request side.
 *
 * @example
 * export const requestMaxLengthDecreased: SchemaRule = boundRule({ id: 'request-max-length-decreased', … });
 */
export function boundRule(spec: BoundRuleSpec): SchemaRule {
  const end = NUMERIC_END[spec.keyword];
  const describe = (schema: SchemaObject) =>
    end === undefined ? String(schema[spec.keyword] ?? 'none') : describeNumericBound(schema, end);
  return sideRule(spec, (node) =>
    nodeFinding(
      node,
      boundChange(node.old, node.new, spec.keyword) === spec.change,
      `${node.label}: \`${spec.keyword}\` ${spec.change} from ${describe(node.old)} to ${describe(node.new)}`,
    ),
  );
}
