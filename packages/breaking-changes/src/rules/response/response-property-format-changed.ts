import { formatChanged } from '../helpers/schema-facts.js';
import { RESPONSE_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.js';

/**
 * `response-property-format-changed` (warn): A response value changed `format`: clients that parse it (dates, uuids) may fail.
 */
export const responsePropertyFormatChanged: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-property-format-changed',
  level: 'warn',
  direction: 'response',
  summary: 'A response value changed `format`: clients that parse it (dates, uuids) may fail.',
  sites: RESPONSE_SITES,
  check: (node) =>
    nodeFinding(
      node,
      formatChanged(node),
      `${node.label}: format changed from ${node.old.format ?? 'none'} to ${node.new.format ?? 'none'}`,
    ),
});
