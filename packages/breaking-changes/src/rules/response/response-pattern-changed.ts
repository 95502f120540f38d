import { describePatternChange, patternChangeOf, patternInclusion } from '../../engine/regex/pattern-change.ts';
import { RESPONSE_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `response-pattern-changed` (warn): A response value's `pattern` changed in a way whose effect cannot be decided (lookarounds, back-references, …): clients may receive values the old one refused.
 */
export const responsePatternChanged: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-pattern-changed',
  level: 'warn',
  direction: 'response',
  summary:
    "A response value's `pattern` changed in a way whose effect cannot be decided (lookarounds, back-references, …): clients may receive values the old one refused.",
  sites: RESPONSE_SITES,
  check: (node) => {
    const change = patternChangeOf(node);
    if (change?.old === undefined) return [];
    const inclusion = patternInclusion(change, 'new');
    if (inclusion.verdict !== 'undecidable') return [];
    return nodeFinding(
      node,
      true,
      `${node.label}: ${describePatternChange(change)} (inclusion not decidable: ${inclusion.reason})`,
    );
  },
});
