import { dependentFindings } from '../helpers/dependent-required.ts';
import { type SchemaRule, defineRule } from '../rule.ts';

/**
 * `request-dependent-required-removed` (info): A request body's
 * `dependentRequired` requires fewer names beside a property: every request
 * that was accepted still is.
 */
export const requestDependentRequiredRemoved: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-dependent-required-removed',
  level: 'info',
  direction: 'request',
  summary: '`dependentRequired` requires fewer names beside a request body property.',
  sites: ['request-body'],
  check: (node) => dependentFindings(node, 'removed', (needs) => `when sent, ${needs} no longer must be`),
});
