import { contentRule } from '../helpers/content-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-content-encoding-changed` (error): A response string's
 * `contentEncoding` appeared, went, or names another encoding. Clients
 * decode the value as the old version said and get other bytes, or fail
 * to decode it. Every way it moves breaks.
 */
export const responseContentEncodingChanged: SchemaRule = contentRule({
  id: 'response-content-encoding-changed',
  level: 'error',
  side: 'response',
  keyword: 'contentEncoding',
  moves: ['added', 'removed', 'changed'],
  summary:
    "A response string's `contentEncoding` appeared, went or changed (`base64` → `base32`): clients decode the value as before and get other bytes.",
});
