import {
  describePatternChange,
  patternChangeOf,
  patternInclusion,
  quotePattern,
} from '../../engine/regex/pattern-change.ts';
import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `request-pattern-loosened` (info): A request value's `pattern` changed to one that accepts every value the old one did, and more.
 */
export const requestPatternLoosened: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-pattern-loosened',
  level: 'info',
  direction: 'request',
  summary: "A request value's `pattern` changed to one that accepts every value the old one did, and more.",
  sites: REQUEST_SITES,
  check: (node) => {
    const change = patternChangeOf(node);
    // A pattern removed is `request-pattern-removed`.
    if (change?.new === undefined) return [];
    if (patternInclusion(change, 'old').verdict !== 'included') return [];
    const wider = patternInclusion(change, 'new');
    if (wider.verdict !== 'not-included') return [];
    return nodeFinding(
      node,
      true,
      `${node.label}: ${describePatternChange(change)}: ${quotePattern(wider.witness)} is now accepted`,
    );
  },
});
