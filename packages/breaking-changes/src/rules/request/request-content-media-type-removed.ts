import { contentRule } from '../helpers/content-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-content-media-type-removed` (info): A request string lost its
 * `contentMediaType`: its content is no longer limited to one media type,
 * and what clients sent is still a string the server takes.
 */
export const requestContentMediaTypeRemoved: SchemaRule = contentRule({
  id: 'request-content-media-type-removed',
  level: 'info',
  side: 'request',
  keyword: 'contentMediaType',
  moves: ['removed'],
  summary: "A request string's `contentMediaType` is gone: its content is no longer limited to one media type.",
});
