import type { Change } from '../types.ts';

/**
 * The stable key of a change: `rule-id METHOD /path pointer`, where the
 * pointer is the change's place in the old document (`old`), or in the new
 * one when it has none there. Two runs of the same diff give the same keys,
 * and an `--ignore` line may be a key as is.
 *
 * @example
 * changeKey(change); // 'response-property-removed GET /me /paths/~1me/get/responses/200/content/application~1json/schema/properties/login'
 */
export function changeKey(change: Change): string {
  const pointer = keyPointer(change);
  return `${change.id} ${change.operation.method.toUpperCase()} ${change.operation.path} ${pointer}`.trimEnd();
}

/** The pointer of a change's stable key: its place in the old document, else in the new one. */
export function keyPointer(change: Change): string {
  return change.old ?? change.new ?? '';
}
