import { unionOf } from '../../engine/branches.ts';
import { nodeFinding, type SchemaRule } from '../rule.ts';
import { sideRule, type SideRuleSpec } from './side-rule.ts';

/** What a union-presence rule watches for. */
export interface UnionPresenceRuleSpec extends SideRuleSpec {
  /** `added`: only the new version has a `oneOf`/`anyOf`; `removed`: only the old one. */
  change: 'added' | 'removed';
  /** What follows the node's label in the message, given the union's keyword and branch count. */
  says: (keyword: string, branches: number) => string;
}

/**
 * Builds a rule for a `oneOf`/`anyOf` that one version has beside its other
 * keywords and the other version lacks. (A bare union facing a plain schema
 * is compared branch by branch instead; see `liftToUnion`.)
 *
 * @example
 * export const requestUnionAdded = unionPresenceRule({ id: 'request-union-added', side: 'request', change: 'added', … });
 */
export function unionPresenceRule(spec: UnionPresenceRuleSpec): SchemaRule {
  const [has, lacks] = spec.change === 'added' ? (['new', 'old'] as const) : (['old', 'new'] as const);
  return sideRule(spec, (node) => {
    const union = unionOf(node[has]);
    if (!union || unionOf(node[lacks])) return [];
    return nodeFinding(node, true, `${node.label}: ${spec.says(union.keyword, union.branches.length)}`);
  });
}
