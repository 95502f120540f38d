import type { Level } from '../../types.ts';
import { defineRule, REQUEST_SITES, RESPONSE_SITES, type SchemaRule, type SchemaSite } from '../rule.ts';

/** What every schema rule built by a factory declares: its id, level, side and summary. */
export interface SideRuleSpec {
  id: string;
  level: Level;
  side: 'request' | 'response';
  summary: string;
}

/** The sites of one side of the exchange. */
export function sitesOf(side: SideRuleSpec['side']): readonly SchemaSite[] {
  return side === 'request' ? REQUEST_SITES : RESPONSE_SITES;
}

/**
 * Declares a schema rule that looks at one side of the exchange, at that
 * side's sites unless it names its own.
 *
 * @example
 * sideRule(spec, (node) => nodeFinding(node, …), ['parameter']);
 */
export function sideRule(
  spec: SideRuleSpec,
  check: SchemaRule['check'],
  sites: readonly SchemaSite[] = sitesOf(spec.side),
): SchemaRule {
  return defineRule({
    scope: 'schema',
    id: spec.id,
    level: spec.level,
    direction: spec.side,
    summary: spec.summary,
    sites,
    check,
  });
}
