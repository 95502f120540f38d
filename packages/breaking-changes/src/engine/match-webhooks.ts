import type { LoadedSpec, OperationInfo } from '@circleci-kit/spec-loader';

/** How the webhooks of two specs were paired: by name and method. */
export interface WebhookMatching {
  pairs: Array<[OperationInfo, OperationInfo]>;
  removed: OperationInfo[];
  added: OperationInfo[];
}

const key = (webhook: OperationInfo) => `${webhook.method} ${webhook.path}`;
const cache = new WeakMap<readonly OperationInfo[], WeakMap<readonly OperationInfo[], WebhookMatching>>();

/**
 * Pairs the webhooks (OpenAPI 3.1's `webhooks`: requests the API sends) of
 * two specs by name and method; a webhook's name stands in its `path`. A
 * 3.0 spec has none. Cached per pair of specs.
 *
 * @example
 * const { pairs, removed, added } = matchWebhooks(oldSpec, newSpec);
 */
export function matchWebhooks(old: LoadedSpec, next: LoadedSpec): WebhookMatching {
  let byNew = cache.get(old.webhooks);
  if (!byNew) cache.set(old.webhooks, (byNew = new WeakMap()));
  const hit = byNew.get(next.webhooks);
  if (hit) return hit;
  const byKey = new Map(next.webhooks.map((webhook) => [key(webhook), webhook]));
  const pairs: Array<[OperationInfo, OperationInfo]> = [];
  const removed: OperationInfo[] = [];
  for (const webhook of old.webhooks) {
    const twin = byKey.get(key(webhook));
    if (twin) {
      pairs.push([webhook, twin]);
      byKey.delete(key(webhook));
    } else removed.push(webhook);
  }
  const matching = { pairs, removed, added: [...byKey.values()] };
  byNew.set(next.webhooks, matching);
  return matching;
}
