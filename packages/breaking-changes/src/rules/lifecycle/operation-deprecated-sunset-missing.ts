import { pairFinding } from '../helpers/operation-facts.ts';
import { sunsetDay } from '../helpers/lifecycle-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `operation-deprecated-sunset-missing` (error, only with `deprecationDays`):
 * The operation is newly deprecated with no readable `x-sunset`: clients are
 * not told how long they have.
 */
export const operationDeprecatedSunsetMissing: OperationRule = defineRule({
  scope: 'operation',
  id: 'operation-deprecated-sunset-missing',
  level: 'error',
  direction: 'none',
  summary:
    'With `deprecationDays`: the operation is newly deprecated with no readable `x-sunset`, so clients are not told how long they have.',
  check: (pair, context) =>
    context.deprecationDays > 0 && !pair.old.deprecated && pair.new.deprecated && sunsetDay(pair.rawNew) === undefined
      ? [
          pairFinding(
            pair,
            `operation deprecated without an x-sunset (${context.deprecationDays} days of notice required)`,
            ['deprecated'],
            ['deprecated', 'x-sunset'],
          ),
        ]
      : [],
});
