import { contentRule } from '../helpers/content-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-content-media-type-added` (info): A response string's content
 * is now said to be of one media type: it was free, and clients that
 * read it as a string still do.
 */
export const responseContentMediaTypeAdded: SchemaRule = contentRule({
  id: 'response-content-media-type-added',
  level: 'info',
  side: 'response',
  keyword: 'contentMediaType',
  moves: ['added'],
  summary: "A response string's content is now said to be of one media type (`contentMediaType` added).",
});
