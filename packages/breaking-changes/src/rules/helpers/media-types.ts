import type { OperationPair } from '../rule.ts';

/**
 * The family of a media type: its essence without parameters, with a
 * structured-syntax suffix standing for the whole subtype, so
 * `application/json`, `application/json; charset=utf-8` and
 * `application/problem+json` are all `application/json`.
 */
export function mediaFamily(type: string): string {
  const essence = type.split(';')[0]!.trim().toLowerCase();
  const slash = essence.indexOf('/');
  if (slash < 0) return essence;
  const subtype = essence.slice(slash + 1);
  const plus = subtype.lastIndexOf('+');
  return `${essence.slice(0, slash)}/${plus >= 0 ? subtype.slice(plus + 1) : subtype}`;
}

/** How the media types of two versions of one body pair up. */
export interface MediaPairing {
  /** The same key on both sides. */
  same: Array<[string, string]>;
  /** A key gone and another of the same family new: one media type renamed. */
  renamed: Array<[string, string]>;
  removed: string[];
  added: string[];
}

/**
 * Pairs media-type keys: same key first, then each key gone with the first
 * new key of its family.
 *
 * @example
 * pairMediaTypes(['application/json'], ['application/problem+json']).renamed; // [['application/json', 'application/problem+json']]
 */
export function pairMediaTypes(old: readonly string[], next: readonly string[]): MediaPairing {
  const same = old.filter((type) => next.includes(type)).map((type): [string, string] => [type, type]);
  const added = next.filter((type) => !old.includes(type));
  const removed: string[] = [];
  const renamed: Array<[string, string]> = [];
  for (const type of old.filter((t) => !next.includes(t))) {
    const twin = added.findIndex((candidate) => mediaFamily(candidate) === mediaFamily(type));
    if (twin < 0) removed.push(type);
    else renamed.push([type, added.splice(twin, 1)[0]!]);
  }
  return { same, renamed, removed, added };
}

/** The media-type pairing of the request body, when both versions have one. */
export function requestMediaPairing(pair: OperationPair): MediaPairing | undefined {
  const [old, next] = [pair.old.requestBody, pair.new.requestBody];
  return old && next ? pairMediaTypes(Object.keys(old.content), Object.keys(next.content)) : undefined;
}

/** The media-type pairing of each response status both versions have. */
export function responseMediaPairings(pair: OperationPair): Array<{ status: string; pairing: MediaPairing }> {
  return Object.entries(pair.old.responses).flatMap(([status, response]) => {
    const twin = pair.new.responses[status];
    return twin ? [{ status, pairing: pairMediaTypes(Object.keys(response.content), Object.keys(twin.content)) }] : [];
  });
}
