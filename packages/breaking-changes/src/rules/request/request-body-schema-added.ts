import { pairFinding } from '../helpers/operation-facts.ts';
import { unconstrained } from '../helpers/schema-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `request-body-schema-added` (warn): A request body media type that had no schema (none, or `{}`) now has one: bodies
 * the document allowed may be rejected. A warning, not an error: a missing schema more often left the body
 * undocumented than accepted any body, so clients that sent what the server wanted are unaffected.
 */
export const requestBodySchemaAdded: OperationRule = defineRule({
  scope: 'operation',
  id: 'request-body-schema-added',
  level: 'warn',
  direction: 'request',
  summary:
    'A request body media type that had no schema (none, or `{}`) now has one: bodies the document allowed may be rejected (warn: a missing schema more often meant undocumented than unconstrained).',
  check: (pair) => {
    const before = pair.old.requestBody?.content;
    if (!before) return [];
    const hadNone = Object.keys(before).length === 0;
    return Object.entries(pair.new.requestBody?.content ?? {})
      .filter(([type, media]) => {
        if (unconstrained(media.schema)) return false;
        const twin = before[type];
        return twin ? unconstrained(twin.schema) : hadNone;
      })
      .map(([type]) =>
        pairFinding(pair, `request body ${type} now has a schema`, ['requestBody', 'content', type, 'schema'], [type]),
      );
  },
});
