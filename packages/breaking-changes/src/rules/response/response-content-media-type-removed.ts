import { contentRule } from '../helpers/content-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-content-media-type-removed` (warn): A response string lost its
 * `contentMediaType`: the content may now be of any type, and clients that
 * parse it as the old one may fail. A warning, as for a response `format`
 * removed: the set of values grows, and only clients that parse the
 * content break.
 */
export const responseContentMediaTypeRemoved: SchemaRule = contentRule({
  id: 'response-content-media-type-removed',
  level: 'warn',
  side: 'response',
  keyword: 'contentMediaType',
  moves: ['removed'],
  summary:
    "A response string's `contentMediaType` is gone: the content may be of any type now, and clients that parse it as the old one may fail (warn: only those that parse it).",
});
