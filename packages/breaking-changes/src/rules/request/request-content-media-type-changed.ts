import { contentRule } from '../helpers/content-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-content-media-type-changed` (error): A request string's
 * `contentMediaType` names another family of media type (`application/json`
 * → `application/xml`), or appeared where the content was free: the server
 * now parses the content as that type, and what clients send as before is
 * not of it. Media types of one family (`application/json; charset=utf-8`)
 * are the same content.
 */
export const requestContentMediaTypeChanged: SchemaRule = contentRule({
  id: 'request-content-media-type-changed',
  level: 'error',
  side: 'request',
  keyword: 'contentMediaType',
  moves: ['added', 'changed'],
  summary:
    "A request string's `contentMediaType` changed to another family (`application/json` → `application/xml`) or appeared: the server parses the content as a type clients do not send.",
});
