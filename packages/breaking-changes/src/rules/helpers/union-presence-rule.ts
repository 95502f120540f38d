import type { SchemaObject } from '@circleci-kit/spec-loader';
import { unionOf, type Union } from '../../engine/branches.ts';
import { nodeFinding, type SchemaRule } from '../rule.ts';
import { covers } from './extra-properties.ts';
import { sideRule, type SideRuleSpec } from './side-rule.ts';

/** What a union-presence rule watches for. */
export interface UnionPresenceRuleSpec extends SideRuleSpec {
  /** `added`: only the new version has a `oneOf`/`anyOf`; `removed`: only the old one. */
  change: 'added' | 'removed';
  /** What follows the node's label in the message, given the union's keyword and branch count. */
  says: (keyword: string, branches: number) => string;
}

/**
 * Whether an `anyOf` lets through every value of `other` (its `nullable`
 * aside, which the nullable rules judge): one of its branches covers them
 * all. A 3.1 type list beside an `enum` (`type: [string, integer]` is an
 * `anyOf` of a string and an integer branch) limits none of the values of a
 * `string` schema, so it is no union gained or lost. Not said of a `oneOf`:
 * a value that also matches another branch is refused there.
 */
function letsThrough(union: Union, other: SchemaObject): boolean {
  if (union.keyword !== 'anyOf') return false;
  const values = { ...other };
  delete values.nullable;
  return union.branches.some((branch) => covers(branch, values));
}

/**
 * Builds a rule for a `oneOf`/`anyOf` that one version has beside its other
 * keywords and the other version lacks, unless that union lets through every
 * value of the other version (see `letsThrough`). (A bare union facing a
 * plain schema is compared branch by branch instead; see `liftToUnion`.)
 *
 * @example
 * export const requestUnionAdded = unionPresenceRule({ id: 'request-union-added', side: 'request', change: 'added', … });
 */
export function unionPresenceRule(spec: UnionPresenceRuleSpec): SchemaRule {
  const [has, lacks] = spec.change === 'added' ? (['new', 'old'] as const) : (['old', 'new'] as const);
  return sideRule(spec, (node) => {
    const union = unionOf(node[has]);
    if (!union || unionOf(node[lacks]) || letsThrough(union, node[lacks])) return [];
    return nodeFinding(node, true, `${node.label}: ${spec.says(union.keyword, union.branches.length)}`);
  });
}
