import { mappingFindings } from '../helpers/composition-facts.ts';
import { REQUEST_SITES, type SchemaRule, defineRule } from '../rule.ts';

/**
 * `request-discriminator-mapping-changed` (error): A request discriminator value lost its mapping or maps to another schema: requests that send it are refused or read as another shape.
 */
export const requestDiscriminatorMappingChanged: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-discriminator-mapping-changed',
  level: 'error',
  direction: 'request',
  summary:
    'A request discriminator value lost its mapping or maps to another schema: requests that send it are refused or read as another shape.',
  sites: REQUEST_SITES,
  check: (node) => mappingFindings(node, ['removed', 'retargeted']),
});
