import { allOfFindings } from '../helpers/composition-facts.ts';
import { REQUEST_SITES, type SchemaRule, defineRule } from '../rule.ts';

/**
 * `request-all-of-removed` (info): A request `allOf` lost a part: more values are accepted.
 */
export const requestAllOfRemoved: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-all-of-removed',
  level: 'info',
  direction: 'request',
  summary: 'A request `allOf` lost a part: more values are accepted.',
  sites: REQUEST_SITES,
  check: (node) => allOfFindings(node, 'removed', (name) => `${node.label}: \`allOf\` part ${name} removed`),
});
