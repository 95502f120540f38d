import { describePatternChange, patternChangeOf, patternInclusion } from '../../engine/regex/pattern-change.ts';
import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `request-pattern-changed` (warn): A request value's `pattern` changed in a way whose effect cannot be decided (lookarounds, back-references, …): values that matched the old one may be rejected.
 */
export const requestPatternChanged: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-pattern-changed',
  level: 'warn',
  direction: 'request',
  summary:
    "A request value's `pattern` changed in a way whose effect cannot be decided (lookarounds, back-references, …): values that matched the old one may be rejected.",
  sites: REQUEST_SITES,
  check: (node) => {
    const change = patternChangeOf(node);
    if (!change) return [];
    const inclusion = patternInclusion(change, 'old');
    if (inclusion.verdict !== 'undecidable') return [];
    return nodeFinding(
      node,
      true,
      `${node.label}: ${describePatternChange(change)} (inclusion not decidable: ${inclusion.reason})`,
    );
  },
});
