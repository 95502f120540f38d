import { pairFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `operation-tags-changed` (info): The operation's tags changed: generated clients may group it elsewhere.
 */
export const operationTagsChanged: OperationRule = defineRule({
  scope: 'operation',
  id: 'operation-tags-changed',
  level: 'info',
  direction: 'none',
  summary: "The operation's tags changed: generated clients may group it elsewhere.",
  check: (pair) =>
    pair.old.tags.join(',') === pair.new.tags.join(',')
      ? []
      : [
          pairFinding(pair, `tags changed from [${pair.old.tags.join(', ')}] to [${pair.new.tags.join(', ')}]`, [
            'tags',
          ]),
        ],
});
