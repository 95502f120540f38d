/**
 * Opaque page tokens over any list.
 */
import { hash32 } from './_internals/hash.js';

/** One page of a list. */
export interface Page<T> {
  items: T[];
  /** The token of the next page, `null` on the last one. */
  next_page_token: string | null;
}

const encode = (offset: number, key: string): string =>
  Buffer.from(`${offset}.${hash32(`${key}:${offset}`).toString(36)}`).toString('base64url');

/**
 * The page of `items` that starts where `token` says (the first page when
 * it is `undefined`), `size` items long. Tokens are opaque and bound to
 * `key` (the operation and the list it pages); a token that was not issued
 * for this key gives `undefined`, which the server answers with 400.
 *
 * @example
 * const first = pageOf(['a', 'b', 'c'], undefined, 2, 'listContexts');
 * // → { items: ['a', 'b'], next_page_token: 'Mi4…' }
 * pageOf(['a', 'b', 'c'], first!.next_page_token!, 2, 'listContexts');
 * // → { items: ['c'], next_page_token: null }
 */
export function pageOf<T>(
  items: readonly T[],
  token: string | undefined,
  size: number,
  key: string,
): Page<T> | undefined {
  let offset = 0;
  if (token !== undefined && token !== '') {
    const text = Buffer.from(token, 'base64url').toString('utf8');
    const dot = text.indexOf('.');
    offset = Number(text.slice(0, dot));
    if (dot < 1 || !Number.isSafeInteger(offset) || offset < 0 || encode(offset, key) !== token) return undefined;
  }
  const end = offset + size;
  return { items: items.slice(offset, end), next_page_token: end < items.length ? encode(end, key) : null };
}
