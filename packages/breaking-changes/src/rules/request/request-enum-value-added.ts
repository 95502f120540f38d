import { enumDelta } from '../helpers/schema-facts.ts';
import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';
import { valueText } from '../../engine/value-text.ts';

/**
 * `request-enum-value-added` (info): A value was added to a request enum: the request side accepts more.
 */
export const requestEnumValueAdded: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-enum-value-added',
  level: 'info',
  direction: 'request',
  summary: 'A value was added to a request enum: the request side accepts more.',
  sites: REQUEST_SITES,
  check: (node) =>
    enumDelta(node).added.flatMap((value) =>
      nodeFinding(node, true, `${node.label}: enum value ${JSON.stringify(value)} added`, [valueText(value)]),
    ),
});
