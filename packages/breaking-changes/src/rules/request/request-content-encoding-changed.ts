import { contentRule } from '../helpers/content-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-content-encoding-changed` (error): A request string's
 * `contentEncoding` appeared, went, or names another encoding. Clients
 * encode the value as the old version said (`base64`, or not at all); the
 * server now decodes it another way and reads other bytes, or refuses
 * them. Every way it moves breaks, so there is no harmless direction.
 */
export const requestContentEncodingChanged: SchemaRule = contentRule({
  id: 'request-content-encoding-changed',
  level: 'error',
  side: 'request',
  keyword: 'contentEncoding',
  moves: ['added', 'removed', 'changed'],
  summary:
    "A request string's `contentEncoding` appeared, went or changed (`base64` → `base32`): clients encode the value as before and the server now decodes it another way.",
});
