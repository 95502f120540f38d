import type { SchemaObject } from '@circleci-kit/spec-loader';
import { nodeFinding, type SchemaRule } from '../rule.ts';
import { sideRule, type SideRuleSpec } from './side-rule.ts';

/** The numeric keywords that bound a value: the `max…` ones from above, the `min…` ones from below. */
export type BoundKeyword = 'maxLength' | 'minLength' | 'maximum' | 'minimum' | 'maxItems' | 'minItems';

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

/**
 * Compares one bound in both versions: a lower `max…` or a higher `min…` is
 * tightened, the reverse loosened. A bound that appears counts as tightened,
 * one that disappears as loosened.
 */
export function boundChange(
  old: SchemaObject,
  next: SchemaObject,
  keyword: BoundKeyword,
): 'tightened' | 'loosened' | 'same' {
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
  return sideRule(spec, (node) =>
    nodeFinding(
      node,
      boundChange(node.old, node.new, spec.keyword) === spec.change,
      `${node.label}: \`${spec.keyword}\` ${spec.change} from ${node.old[spec.keyword] ?? 'none'} to ${node.new[spec.keyword] ?? 'none'}`,
    ),
  );
}
