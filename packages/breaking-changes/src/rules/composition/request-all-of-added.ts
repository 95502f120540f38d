import { allOfFindings } from '../helpers/composition-facts.ts';
import { REQUEST_SITES, type SchemaRule, defineRule } from '../rule.ts';

/**
 * `request-all-of-added` (error): A request `allOf` gained a part: values must now match it too.
 */
export const requestAllOfAdded: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-all-of-added',
  level: 'error',
  direction: 'request',
  summary: 'A request `allOf` gained a part: values must now match it too.',
  sites: REQUEST_SITES,
  check: (node) =>
    allOfFindings(
      node,
      'added',
      (name) => `${node.label}: \`allOf\` part ${name} added: requests must now match it too`,
    ),
});
