import type { Level } from '../../types.js';
import { defineRule, nodeFinding, type SchemaNode, type SchemaRule, type SchemaSite } from '../rule.js';
import {
  describeFormatMove,
  describeTypeMove,
  formatDirection,
  typeDirection,
  type ValueDirection,
} from './value-direction.js';

/** What a type or format rule watches for. */
export interface DirectionRuleSpec {
  id: string;
  level: Level;
  side: 'request' | 'response';
  keyword: 'type' | 'format';
  /** The moves it reports, e.g. `narrowed` and `changed` on the request side. */
  moves: readonly ValueDirection[];
  sites: readonly SchemaSite[];
  /** Which nodes of those sites it looks at (a parameter's root, or the values below it). */
  where?: (node: SchemaNode) => boolean;
  summary: string;
}

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
  return defineRule({
    scope: 'schema',
    id: spec.id,
    level: spec.level,
    direction: spec.side,
    summary: spec.summary,
    sites: spec.sites,
    check: (node) => {
      if (spec.where && !spec.where(node)) return [];
      const how = move(node.old, node.new);
      return nodeFinding(node, spec.moves.includes(how), `${node.label}: ${describe(node.old, node.new, how)}`);
    },
  });
}
