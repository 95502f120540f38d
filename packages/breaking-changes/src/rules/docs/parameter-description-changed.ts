import { describeParameter, pairFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `parameter-description-changed` (info): A parameter's description changed (documentation only; reported with `includeDocs`).
 */
export const parameterDescriptionChanged: OperationRule = defineRule({
  scope: 'operation',
  id: 'parameter-description-changed',
  level: 'info',
  direction: 'none',
  summary: "A parameter's description changed (documentation only; reported with `includeDocs`).",
  docs: true,
  check: (pair) =>
    pair.parameters.pairs
      .filter(([o, n]) => (o.description ?? '') !== (n.description ?? ''))
      .map(([, n]) => pairFinding(pair, `${describeParameter(n)} description changed`, ['parameters'], [n.name])),
});
