import { enumDelta } from '../helpers/schema-facts.ts';
import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';
import { valueText } from '../../engine/value-text.ts';

/**
 * `request-enum-value-removed` (error): A value was removed from a request enum: clients that send it are rejected.
 */
export const requestEnumValueRemoved: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-enum-value-removed',
  level: 'error',
  direction: 'request',
  summary: 'A value was removed from a request enum: clients that send it are rejected.',
  sites: REQUEST_SITES,
  check: (node) =>
    enumDelta(node).removed.flatMap((value) =>
      nodeFinding(node, true, `${node.label}: enum value ${JSON.stringify(value)} removed`, [valueText(value)]),
    ),
});
