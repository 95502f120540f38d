import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `request-discriminator-changed` (error): A request `discriminator` names another property: requests that set the old one are dispatched wrongly or refused.
 */
export const requestDiscriminatorChanged: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-discriminator-changed',
  level: 'error',
  direction: 'request',
  summary:
    'A request `discriminator` names another property: requests that set the old one are dispatched wrongly or refused.',
  sites: REQUEST_SITES,
  check: (node) => {
    const [old, next] = [node.old.discriminator, node.new.discriminator];
    return nodeFinding(
      node,
      old !== undefined && next !== undefined && old.propertyName !== next.propertyName,
      `${node.label}: discriminator changed from ${old?.propertyName} to ${next?.propertyName}`,
    );
  },
});
