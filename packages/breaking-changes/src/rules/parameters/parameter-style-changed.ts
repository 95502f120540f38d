import { describeParameter, pairFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `parameter-style-changed` (warn): A parameter's serialization (`style` or `explode`) changed: arrays and objects are written differently.
 */
export const parameterStyleChanged: OperationRule = defineRule({
  scope: 'operation',
  id: 'parameter-style-changed',
  level: 'warn',
  direction: 'request',
  summary: "A parameter's serialization (`style` or `explode`) changed: arrays and objects are written differently.",
  check: (pair) =>
    pair.parameters.pairs
      .filter(([o, n]) => o.style !== n.style || o.explode !== n.explode)
      .map(([o, n]) =>
        pairFinding(
          pair,
          `${describeParameter(n)} serialization changed from ${o.style}${o.explode ? '*' : ''} to ${n.style}${n.explode ? '*' : ''}`,
          ['parameters'],
          [n.name],
        ),
      ),
});
