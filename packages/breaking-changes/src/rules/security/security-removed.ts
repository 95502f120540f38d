import { pairFinding, securitySchemes } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `security-removed` (info): An operation that required credentials takes calls without them: clients that still send
 * credentials are served as before.
 */
export const securityRemoved: OperationRule = defineRule({
  scope: 'operation',
  id: 'security-removed',
  level: 'info',
  direction: 'request',
  summary:
    'An operation that required credentials takes calls without them (it became public): clients that still send credentials are served as before.',
  check: (pair) => {
    const before = securitySchemes(pair.old);
    if (before.anonymous || !securitySchemes(pair.new).anonymous) return [];
    return [
      pairFinding(pair, `no longer requires credentials (was ${[...before.schemes.keys()].join(', ')})`, ['security']),
    ];
  },
});
