import { describePatternChange, patternChangeOf } from '../../engine/regex/pattern-change.ts';
import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `request-pattern-removed` (info): A request value lost its `pattern`: the request side accepts more.
 */
export const requestPatternRemoved: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-pattern-removed',
  level: 'info',
  direction: 'request',
  summary: 'A request value lost its `pattern`: the request side accepts more.',
  sites: REQUEST_SITES,
  check: (node) => {
    const change = patternChangeOf(node);
    if (change?.old === undefined || change.new !== undefined) return [];
    return nodeFinding(node, true, `${node.label}: ${describePatternChange(change)}`);
  },
});
