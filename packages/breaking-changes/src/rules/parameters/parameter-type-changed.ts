import { breakingMoveRule } from '../helpers/direction-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `parameter-type-changed` (error): A parameter's `type` changed so that some values clients send are no longer accepted (`number` → `integer`, `string` → `integer`).
 */
export const parameterTypeChanged: SchemaRule = breakingMoveRule({
  id: 'parameter-type-changed',
  level: 'error',
  side: 'request',
  keyword: 'type',
  sites: ['parameter'],
  where: (node) => node.depth === 0,
  summary:
    "A parameter's `type` changed so that some values clients send are no longer accepted (`number` → `integer`, `string` → `integer`).",
});
