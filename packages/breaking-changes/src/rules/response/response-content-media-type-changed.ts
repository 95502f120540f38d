import { contentRule } from '../helpers/content-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-content-media-type-changed` (error): A response string's
 * `contentMediaType` names another family of media type: clients that
 * parse the content as the old type (JSON in a string) fail on the new
 * one. Media types of one family are the same content.
 */
export const responseContentMediaTypeChanged: SchemaRule = contentRule({
  id: 'response-content-media-type-changed',
  level: 'error',
  side: 'response',
  keyword: 'contentMediaType',
  moves: ['changed'],
  summary:
    "A response string's `contentMediaType` changed to another family (`application/json` → `application/xml`): clients that parse the content as the old type fail.",
});
