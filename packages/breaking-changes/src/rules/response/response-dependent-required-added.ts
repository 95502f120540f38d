import { dependentFindings } from '../helpers/dependent-required.ts';
import { type SchemaRule, defineRule } from '../rule.ts';

/**
 * `response-dependent-required-added` (info): A response's
 * `dependentRequired` promises more names beside a property: they are
 * always sent with it now.
 */
export const responseDependentRequiredAdded: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-dependent-required-added',
  level: 'info',
  direction: 'response',
  summary: '`dependentRequired` promises more names beside a response property: they are always sent with it now.',
  sites: ['response-body'],
  check: (node) => dependentFindings(node, 'added', (needs) => `when present, ${needs} always present too`),
});
