import { REQUEST_SITES, RESPONSE_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `schema-description-changed` (info): A schema description changed (documentation only; reported with `includeDocs`).
 */
export const schemaDescriptionChanged: SchemaRule = defineRule({
  scope: 'schema',
  id: 'schema-description-changed',
  level: 'info',
  direction: 'none',
  summary: 'A schema description changed (documentation only; reported with `includeDocs`).',
  sites: [...REQUEST_SITES, ...RESPONSE_SITES],
  docs: true,
  check: (node) =>
    nodeFinding(
      node,
      (node.old.description ?? '') !== (node.new.description ?? ''),
      `${node.label}: description changed`,
    ),
});
