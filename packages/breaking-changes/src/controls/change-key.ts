import type { Change } from '../types.ts';

/** What stands for a webhook's name where a route would: `webhook:` and the name. */
export const WEBHOOK_PREFIX = 'webhook:';

/** The route of a change's operation, or `webhook:name` for a webhook (OpenAPI 3.1), as keys and ignore lines write it. */
export function keyRoute(change: Change): string {
  const { path, webhook } = change.operation;
  return webhook === true ? `${WEBHOOK_PREFIX}${path}` : path;
}

/**
 * The stable key of a change: `rule-id METHOD /path pointer` (for a webhook,
 * `rule-id METHOD webhook:name pointer`), where the pointer is the change's
 * place in the old document (`old`), or in the new one when it has none
 * there. Two runs of the same diff give the same keys, and an `--ignore`
 * line may be a key as is.
 *
 * @example
 * changeKey(change); // 'response-property-removed GET /me /paths/~1me/get/responses/200/content/application~1json/schema/properties/login'
 */
export function changeKey(change: Change): string {
  const pointer = keyPointer(change);
  return `${change.id} ${change.operation.method.toUpperCase()} ${keyRoute(change)} ${pointer}`.trimEnd();
}

/** The pointer of a change's stable key: its place in the old document, else in the new one. */
export function keyPointer(change: Change): string {
  return change.old ?? change.new ?? '';
}
