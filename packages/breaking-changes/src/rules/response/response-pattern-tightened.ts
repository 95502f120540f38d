import {
  describePatternChange,
  patternChangeOf,
  patternInclusion,
  quotePattern,
} from '../../engine/regex/pattern-change.ts';
import { RESPONSE_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `response-pattern-tightened` (info): A response value got a `pattern` that refuses values the old one (or no pattern) accepted, and accepts no new one: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.
 */
export const responsePatternTightened: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-pattern-tightened',
  level: 'info',
  direction: 'response',
  summary:
    'A response value got a `pattern` that refuses values the old one (or no pattern) accepted, and accepts no new one: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.',
  sites: RESPONSE_SITES,
  check: (node) => {
    const change = patternChangeOf(node);
    if (change?.new === undefined) return [];
    // A new pattern that lets a new value through is `response-pattern-loosened`,
    // one where that cannot be decided `response-pattern-changed` (both warn).
    if (patternInclusion(change, 'new').verdict !== 'included') return [];
    const narrower = patternInclusion(change, 'old');
    if (narrower.verdict === 'included') return [];
    // Undecidable here only past the decision's reach (an old version that
    // accepted every value, a new one with lookarounds or too many states),
    // where no other rule reports the change: said so, without a witness.
    const what =
      narrower.verdict === 'not-included'
        ? `${quotePattern(narrower.witness)} is no longer returned`
        : `values it refuses may no longer be returned (inclusion not decidable: ${narrower.reason})`;
    return nodeFinding(node, true, `${node.label}: ${describePatternChange(change)}: ${what}`);
  },
});
