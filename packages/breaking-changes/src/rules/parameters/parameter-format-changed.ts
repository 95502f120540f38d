import { formatChanged } from '../helpers/schema-facts.js';
import { type SchemaRule, defineRule, nodeFinding } from '../rule.js';

/**
 * `parameter-format-changed` (error): A parameter's `format` changed (e.g. `uuid` to `date-time`): values that were valid are rejected.
 */
export const parameterFormatChanged: SchemaRule = defineRule({
  scope: 'schema',
  id: 'parameter-format-changed',
  level: 'error',
  direction: 'request',
  summary: "A parameter's `format` changed (e.g. `uuid` to `date-time`): values that were valid are rejected.",
  sites: ['parameter'],
  check: (node) =>
    nodeFinding(
      node,
      node.depth === 0 && formatChanged(node),
      `${node.label}: format changed from ${node.old.format ?? 'none'} to ${node.new.format ?? 'none'}`,
    ),
});
