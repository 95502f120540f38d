import { typeChanged, typeOf } from '../helpers/schema-facts.js';
import { type SchemaRule, defineRule, nodeFinding } from '../rule.js';

/**
 * `parameter-type-changed` (error): A parameter's `type` changed: clients send values of the old type.
 */
export const parameterTypeChanged: SchemaRule = defineRule({
  scope: 'schema',
  id: 'parameter-type-changed',
  level: 'error',
  direction: 'request',
  summary: "A parameter's `type` changed: clients send values of the old type.",
  sites: ['parameter'],
  check: (node) =>
    nodeFinding(
      node,
      node.depth === 0 && typeChanged(node),
      `${node.label}: type changed from ${typeOf(node.old)} to ${typeOf(node.new)}`,
    ),
});
