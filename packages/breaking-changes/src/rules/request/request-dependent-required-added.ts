import { dependentFindings } from '../helpers/dependent-required.ts';
import { type SchemaRule, defineRule } from '../rule.ts';

/**
 * `request-dependent-required-added` (error): A request body's
 * `dependentRequired` requires more names beside a property (a new entry,
 * or a longer list): clients that send the property without them are
 * rejected, as when a property becomes required.
 */
export const requestDependentRequiredAdded: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-dependent-required-added',
  level: 'error',
  direction: 'request',
  summary:
    '`dependentRequired` requires more names beside a request body property: clients that send it without them are rejected.',
  sites: ['request-body'],
  check: (node) => dependentFindings(node, 'added', (needs) => `when sent, ${needs} must now be sent too`),
});
