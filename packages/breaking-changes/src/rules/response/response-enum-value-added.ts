import { enumDelta } from '../helpers/schema-facts.ts';
import { RESPONSE_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';
import { valueText } from '../../engine/value-text.ts';

/**
 * `response-enum-value-added` (warn): A value was added to a response enum: exhaustive client switches meet a value they do not know.
 */
export const responseEnumValueAdded: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-enum-value-added',
  level: 'warn',
  direction: 'response',
  summary: 'A value was added to a response enum: exhaustive client switches meet a value they do not know.',
  sites: RESPONSE_SITES,
  check: (node) =>
    enumDelta(node).added.flatMap((value) =>
      nodeFinding(node, true, `${node.label}: enum value ${JSON.stringify(value)} added`, [valueText(value)]),
    ),
});
