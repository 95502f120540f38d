import { pairFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `path-parameter-renamed` (info): A path parameter was renamed: nothing changes on the wire, only in generated clients' argument names.
 */
export const pathParameterRenamed: OperationRule = defineRule({
  scope: 'operation',
  id: 'path-parameter-renamed',
  level: 'info',
  direction: 'none',
  summary: "A path parameter was renamed: nothing changes on the wire, only in generated clients' argument names.",
  check: (pair) =>
    pair.parameters.renamed
      .filter(([o]) => o.in === 'path')
      .map(([o, n]) =>
        pairFinding(pair, `path parameter \`${o.name}\` renamed to \`${n.name}\``, ['parameters'], [o.name, n.name]),
      ),
});
