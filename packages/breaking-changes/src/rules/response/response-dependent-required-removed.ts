import { dependentFindings } from '../helpers/dependent-required.ts';
import { type SchemaRule, defineRule } from '../rule.ts';

/**
 * `response-dependent-required-removed` (error): A response's
 * `dependentRequired` promises fewer names beside a property: clients that
 * read them whenever the property is there may meet their absence. The
 * level of `response-property-became-optional`, which this is, under a
 * condition.
 */
export const responseDependentRequiredRemoved: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-dependent-required-removed',
  level: 'error',
  direction: 'response',
  summary:
    '`dependentRequired` promises fewer names beside a response property: clients that rely on them whenever it is there may meet their absence.',
  sites: ['response-body'],
  check: (node) => dependentFindings(node, 'removed', (needs) => `when present, ${needs} may now be absent`),
});
