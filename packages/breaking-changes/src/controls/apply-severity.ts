import type { Change } from '../types.ts';
import type { SeverityOverrides } from './parse-severity.ts';

/**
 * The changes with each overridden rule's level: a rule set to `off` loses
 * its changes, any other level replaces the rule's own. Changes of rules not
 * overridden are kept as they are; the input is not modified.
 *
 * @example
 * applySeverity(changes, new Map([['operation-tags-changed', 'off']]));
 */
export function applySeverity(changes: readonly Change[], overrides: SeverityOverrides): Change[] {
  return changes.flatMap((change) => {
    const level = overrides.get(change.id);
    if (level === undefined) return [change];
    return level === 'off' ? [] : [{ ...change, level }];
  });
}
