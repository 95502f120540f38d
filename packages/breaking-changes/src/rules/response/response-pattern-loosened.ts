import {
  describePatternChange,
  patternChangeOf,
  patternInclusion,
  quotePattern,
} from '../../engine/regex/pattern-change.ts';
import { RESPONSE_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `response-pattern-loosened` (warn): A response value lost its `pattern` or got one that accepts a value the old one refused: clients may receive values of a shape they do not expect.
 */
export const responsePatternLoosened: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-pattern-loosened',
  level: 'warn',
  direction: 'response',
  summary:
    'A response value lost its `pattern` or got one that accepts a value the old one refused: clients may receive values of a shape they do not expect.',
  sites: RESPONSE_SITES,
  check: (node) => {
    const change = patternChangeOf(node);
    if (change?.old === undefined) return [];
    const inclusion = patternInclusion(change, 'new');
    if (inclusion.verdict !== 'not-included') return [];
    return nodeFinding(
      node,
      true,
      `${node.label}: ${describePatternChange(change)}: ${quotePattern(inclusion.witness)} may now be returned`,
    );
  },
});
