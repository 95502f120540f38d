import { allOfFindings } from '../helpers/composition-facts.ts';
import { RESPONSE_SITES, type SchemaRule, defineRule } from '../rule.ts';

/**
 * `response-all-of-removed` (warn): A response `allOf` lost a part: clients may receive values it refused.
 */
export const responseAllOfRemoved: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-all-of-removed',
  level: 'warn',
  direction: 'response',
  summary: 'A response `allOf` lost a part: clients may receive values it refused.',
  sites: RESPONSE_SITES,
  check: (node) =>
    allOfFindings(
      node,
      'removed',
      (name) => `${node.label}: \`allOf\` part ${name} removed: clients may receive values it refused`,
    ),
});
