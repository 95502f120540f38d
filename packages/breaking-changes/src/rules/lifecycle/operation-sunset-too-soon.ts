import { pairFinding } from '../helpers/operation-facts.ts';
import { daysBetween, sunsetDay } from '../helpers/lifecycle-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `operation-sunset-too-soon` (error, only with `deprecationDays`): The
 * operation is newly deprecated with an `x-sunset` fewer than
 * `deprecationDays` days after the release date: less notice than required.
 */
export const operationSunsetTooSoon: OperationRule = defineRule({
  scope: 'operation',
  id: 'operation-sunset-too-soon',
  level: 'error',
  direction: 'none',
  summary:
    'With `deprecationDays`: the operation is newly deprecated with an `x-sunset` fewer than that many days after the release.',
  check: (pair, context) => {
    const sunset = sunsetDay(pair.rawNew);
    if (context.deprecationDays === 0 || pair.old.deprecated || !pair.new.deprecated || sunset === undefined) return [];
    const notice = daysBetween(context.today, sunset);
    return notice < context.deprecationDays
      ? [
          pairFinding(
            pair,
            `operation deprecated with x-sunset ${sunset}, ${notice} days after the release on ${context.today} (${context.deprecationDays} required)`,
            ['x-sunset'],
            ['deprecated', 'x-sunset'],
          ),
        ]
      : [];
  },
});
