import { enumDelta } from '../helpers/schema-facts.ts';
import { RESPONSE_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';
import { valueText } from '../../engine/value-text.ts';

/**
 * `response-enum-value-removed` (info): A value was removed from a response enum: clients never see it again, which harms nothing.
 */
export const responseEnumValueRemoved: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-enum-value-removed',
  level: 'info',
  direction: 'response',
  summary: 'A value was removed from a response enum: clients never see it again, which harms nothing.',
  sites: RESPONSE_SITES,
  check: (node) =>
    enumDelta(node).removed.flatMap((value) =>
      nodeFinding(node, true, `${node.label}: enum value ${JSON.stringify(value)} removed`, [valueText(value)]),
    ),
});
