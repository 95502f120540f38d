import type { SchemaObject } from '@circleci-kit/spec-loader';
import { nodeFinding, type SchemaRule } from '../rule.ts';
import { mediaFamily } from './media-types.ts';
import { sideRule, type SideRuleSpec } from './side-rule.ts';

/** The 2020-12 keywords that say what a string holds and how it is encoded. */
export type ContentKeyword = 'contentMediaType' | 'contentEncoding';

/** How a content keyword moved: it appeared, disappeared, or names another media type or encoding. */
export type ContentMove = 'same' | 'added' | 'removed' | 'changed';

/**
 * The value as compared: an encoding in lower case (`BASE64` is `base64`),
 * a media type by its family (`application/json; charset=utf-8` and
 * `application/problem+json` are `application/json`: one parser reads them).
 */
function comparable(schema: SchemaObject, keyword: ContentKeyword): string | undefined {
  const value = schema[keyword];
  if (value === undefined) return undefined;
  return keyword === 'contentMediaType' ? mediaFamily(value) : value.toLowerCase();
}

/**
 * How `contentMediaType` or `contentEncoding` moved between two versions.
 *
 * @example
 * contentMove({ contentEncoding: 'base64' }, { contentEncoding: 'base32' }, 'contentEncoding'); // 'changed'
 */
export function contentMove(old: SchemaObject, next: SchemaObject, keyword: ContentKeyword): ContentMove {
  const [before, after] = [comparable(old, keyword), comparable(next, keyword)];
  if (before === after) return 'same';
  if (before === undefined) return 'added';
  return after === undefined ? 'removed' : 'changed';
}

/** What a content rule watches for. */
export interface ContentRuleSpec extends SideRuleSpec {
  keyword: ContentKeyword;
  /** The moves it reports. */
  moves: ReadonlyArray<Exclude<ContentMove, 'same'>>;
}

/**
 * Builds a schema rule for moves of `contentMediaType` or
 * `contentEncoding`, with a message that says what each version wrote.
 *
 * @example
 * export const responseContentEncodingChanged = contentRule({ id: 'response-content-encoding-changed', keyword: 'contentEncoding', moves: ['added', 'removed', 'changed'], … });
 */
export function contentRule(spec: ContentRuleSpec): SchemaRule {
  const { keyword } = spec;
  return sideRule(spec, (node) => {
    const move = contentMove(node.old, node.new, keyword);
    if (move === 'same' || !spec.moves.includes(move)) return [];
    const [before, after] = [node.old[keyword], node.new[keyword]];
    const how =
      move === 'added'
        ? `\`${keyword}\` added: ${after}`
        : move === 'removed'
          ? `\`${keyword}\` removed (was ${before})`
          : `\`${keyword}\` changed from ${before} to ${after}`;
    return nodeFinding(node, true, `${node.label}: ${how}`);
  });
}
