import { describeParameter, pairFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `parameter-renamed` (error): A query, header or cookie parameter was renamed: clients send the old name, which the server ignores.
 */
export const parameterRenamed: OperationRule = defineRule({
  scope: 'operation',
  id: 'parameter-renamed',
  level: 'error',
  direction: 'request',
  summary: 'A query, header or cookie parameter was renamed: clients send the old name, which the server ignores.',
  check: (pair) =>
    pair.parameters.renamed
      .filter(([o]) => o.in !== 'path')
      .map(([o, n]) =>
        pairFinding(pair, `${describeParameter(o)} renamed to \`${n.name}\``, ['parameters'], [o.name, n.name]),
      ),
});
