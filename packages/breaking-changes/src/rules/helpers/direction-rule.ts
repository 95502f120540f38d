import { nodeFinding, type SchemaNode, type SchemaRule, type SchemaSite } from '../rule.ts';
import { sideRule, type SideRuleSpec } from './side-rule.ts';
import {
  describeFormatMove,
  describeTypeMove,
  formatDirection,
  typeDirection,
  type ValueDirection,
} from './value-direction.ts';

/** What a type or format rule watches for. */
export interface DirectionRuleSpec extends SideRuleSpec {
  keyword: 'type' | 'format';
  /** The moves it reports, e.g. `narrowed` and `changed` on the request side. */
  moves: readonly ValueDirection[];
  /** The sites it applies to; its side's sites when left out. */
  sites?: readonly SchemaSite[];
  /** Which nodes of those sites it looks at (a parameter's root, or the values below it). */
  where?: (node: SchemaNode) => boolean;
}

/** What a rule for the breaking moves of a `type` or `format` watches for; the moves follow from its side. */
export type BreakingMoveRuleSpec = Omit<DirectionRuleSpec, 'moves'>;

/**
 * Builds a schema rule for one direction of a `type` or `format` change,
 * with a message that says which way it went.
 *
 * @example
 * export const responsePropertyTypeNarrowed: SchemaRule = directionRule({ id: 'response-property-type-narrowed', … });
 */
export function directionRule(spec: DirectionRuleSpec): SchemaRule {
  const move = spec.keyword === 'type' ? typeDirection : formatDirection;
  const describe = spec.keyword === 'type' ? describeTypeMove : describeFormatMove;
  return sideRule(
    spec,
    (node) => {
      if (spec.where && !spec.where(node)) return [];
      const how = move(node.old, node.new);
      return nodeFinding(node, spec.moves.includes(how), `${node.label}: ${describe(node.old, node.new, how)}`);
    },
    spec.sites,
  );
}

/**
 * Builds the rule for the `type` or `format` moves that break clients on
 * its side: narrowed or changed on the request side (values clients send
 * are refused), widened or changed on the response side (values arrive
 * that clients do not parse).
 *
 * @example
 * export const responsePropertyTypeChanged: SchemaRule = breakingMoveRule({ id: 'response-property-type-changed', side: 'response', keyword: 'type', … });
 */
export function breakingMoveRule(spec: BreakingMoveRuleSpec): SchemaRule {
  const breaking: ValueDirection = spec.side === 'request' ? 'narrowed' : 'widened';
  return directionRule({ ...spec, moves: [breaking, 'changed'] });
}
