import { REQUEST_SITES, RESPONSE_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `schema-example-changed` (info): A schema example changed (regenerated on every CircleCI deploy; reported with `includeDocs`).
 */
export const schemaExampleChanged: SchemaRule = defineRule({
  scope: 'schema',
  id: 'schema-example-changed',
  level: 'info',
  direction: 'none',
  summary: 'A schema example changed (regenerated on every CircleCI deploy; reported with `includeDocs`).',
  sites: [...REQUEST_SITES, ...RESPONSE_SITES],
  docs: true,
  check: (node) =>
    nodeFinding(
      node,
      JSON.stringify(node.old.example) !== JSON.stringify(node.new.example),
      `${node.label}: example changed`,
    ),
});
