import { type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `response-discriminator-changed` (warn): A response `discriminator` property changed: clients pick variants by the old name.
 */
export const responseDiscriminatorChanged: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-discriminator-changed',
  level: 'warn',
  direction: 'response',
  summary: 'A response `discriminator` property changed: clients pick variants by the old name.',
  sites: ['response-body'],
  check: (node) =>
    nodeFinding(
      node,
      node.old.discriminator !== undefined &&
        node.old.discriminator.propertyName !== node.new.discriminator?.propertyName,
      `${node.label}: discriminator changed from ${node.old.discriminator?.propertyName} to ${node.new.discriminator?.propertyName ?? 'none'}`,
    ),
});
