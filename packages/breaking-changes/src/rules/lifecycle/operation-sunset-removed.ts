import { valueText } from '../../engine/value-text.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `operation-sunset-removed` (warn): A still deprecated operation lost its
 * `x-sunset`: clients no longer know how long they have (lifting the
 * deprecation too is `operation-undeprecated`).
 */
export const operationSunsetRemoved: OperationRule = defineRule({
  scope: 'operation',
  id: 'operation-sunset-removed',
  level: 'warn',
  direction: 'none',
  summary: 'A still deprecated operation lost its `x-sunset`: clients no longer know how long they have.',
  check: (pair) =>
    pair.rawOld['x-sunset'] !== undefined && pair.rawNew['x-sunset'] === undefined && pair.new.deprecated
      ? [
          {
            message: `x-sunset ${valueText(pair.rawOld['x-sunset'])} removed from a deprecated operation`,
            old: `${pair.old.pointer}/x-sunset`,
            new: pair.new.pointer,
            subjects: ['x-sunset'],
          },
        ]
      : [],
});
