import { pairFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `parameter-moved` (error): A parameter moved between locations (path ↔ query, query ↔ header): clients send it in the old place.
 */
export const parameterMoved: OperationRule = defineRule({
  scope: 'operation',
  id: 'parameter-moved',
  level: 'error',
  direction: 'request',
  summary: 'A parameter moved between locations (path ↔ query, query ↔ header): clients send it in the old place.',
  check: (pair) =>
    pair.parameters.moved.map(([o, n]) =>
      pairFinding(pair, `parameter \`${o.name}\` moved from ${o.in} to ${n.in}`, ['parameters'], [o.name]),
    ),
});
