import { appendPointer, type OperationInfo, type SchemaObject } from '@circleci-kit/spec-loader';
import { pairMediaTypes } from '../rules/helpers/media-types.ts';
import type { SchemaRoot } from './walk-schemas.ts';

/**
 * Calls `visit` with each pair of payload schemas of two versions of a
 * webhook (its request body, media type by media type, a media type
 * renamed within its family paired too). The API sends that body and the
 * client receives it, so each pair is rooted on the response side: the
 * response rules judge it, a payload that may now hold more values breaks.
 *
 * @example
 * webhookPayloads(old, next, (a, b, root) => walkSchemas(a, b, root, visit));
 */
export function webhookPayloads(
  old: OperationInfo,
  next: OperationInfo,
  visit: (old: SchemaObject, next: SchemaObject, root: SchemaRoot) => void,
): void {
  const [before, after] = [old.requestBody?.content ?? {}, next.requestBody?.content ?? {}];
  const { same, renamed } = pairMediaTypes(Object.keys(before), Object.keys(after));
  for (const [type, newType] of [...same, ...renamed]) {
    const [schema, twin] = [before[type]?.schema, after[newType]?.schema];
    if (!schema || !twin) continue;
    visit(schema, twin, {
      oldPointer: appendPointer(old.pointer, 'requestBody', 'content', type, 'schema'),
      newPointer: appendPointer(next.pointer, 'requestBody', 'content', newType, 'schema'),
      side: 'response',
      site: 'response-body',
      label: `webhook \`${next.path}\` payload`,
      path: '',
      depth: 0,
    });
  }
}
