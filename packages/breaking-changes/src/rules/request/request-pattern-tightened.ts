import {
  describePatternChange,
  patternChangeOf,
  patternInclusion,
  quotePattern,
} from '../../engine/regex/pattern-change.ts';
import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `request-pattern-tightened` (error): A request value got a `pattern` that refuses some value the old one (or no pattern) accepted.
 */
export const requestPatternTightened: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-pattern-tightened',
  level: 'error',
  direction: 'request',
  summary: 'A request value got a `pattern` that refuses some value the old one (or no pattern) accepted.',
  sites: REQUEST_SITES,
  check: (node) => {
    const change = patternChangeOf(node);
    if (change?.new === undefined) return [];
    const inclusion = patternInclusion(change, 'old');
    if (inclusion.verdict !== 'not-included') return [];
    return nodeFinding(
      node,
      true,
      `${node.label}: ${describePatternChange(change)}: ${quotePattern(inclusion.witness)} is no longer accepted`,
    );
  },
});
