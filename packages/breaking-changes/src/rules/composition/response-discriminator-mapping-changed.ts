import { mappingFindings } from '../helpers/composition-facts.ts';
import { RESPONSE_SITES, type SchemaRule, defineRule } from '../rule.ts';

/**
 * `response-discriminator-mapping-changed` (warn): A response discriminator value is new or maps to another schema: clients that pick the shape by it meet a value they do not know.
 */
export const responseDiscriminatorMappingChanged: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-discriminator-mapping-changed',
  level: 'warn',
  direction: 'response',
  summary:
    'A response discriminator value is new or maps to another schema: clients that pick the shape by it meet a value they do not know.',
  sites: RESPONSE_SITES,
  check: (node) => mappingFindings(node, ['added', 'retargeted']),
});
