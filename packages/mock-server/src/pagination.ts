/**
 * Opaque page tokens over any list.
 */
import { hash32 } from './_internals/hash.ts';

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
  const offset = token === undefined || token === '' ? 0 : decode(token, key);
  if (offset === undefined) return undefined;
  const end = offset + size;
  return { items: items.slice(offset, end), next_page_token: end < items.length ? encode(end, key) : null };
}

/** The position a token holds, or `undefined` when it was not issued for `key`. */
function decode(token: string, key: string): number | undefined {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const dot = text.indexOf('.');
  const position = Number(text.slice(0, dot));
  if (dot < 1 || !Number.isSafeInteger(position) || position < 0 || encode(position, key) !== token) return undefined;
  return position;
}

/**
 * A list read by position: an array, or a list that drops its oldest items
 * and keeps the positions of the rest (`first` is the oldest held).
 */
export interface PositionedList<T> {
  readonly length: number;
  readonly first?: number;
  at(position: number): T | undefined;
}

/**
 * A newest-first page of an append-only list kept oldest first (the mock's
 * per-project, per-branch and per-token pipeline indexes), in time that does
 * not grow with the list: the token is a cursor (the position below which
 * the next page starts), so items appended between two pages neither shift
 * nor repeat what the next page holds, and items dropped from the front of
 * a {@link PositionedList} are left out without moving the others.
 *
 * @example
 * const first = pageNewestFirst(['a', 'b', 'c'], undefined, 2, 'k');
 * // → { items: ['c', 'b'], next_page_token: '…' }
 * pageNewestFirst(['a', 'b', 'c', 'd'], first!.next_page_token!, 2, 'k');
 * // → { items: ['a'], next_page_token: null }
 */
export function pageNewestFirst<T>(
  items: PositionedList<T>,
  token: string | undefined,
  size: number,
  key: string,
): Page<T> | undefined {
  const end = token === undefined || token === '' ? items.length : decode(token, key);
  if (end === undefined || end > items.length) return undefined;
  const first = items.first ?? 0;
  const start = Math.max(first, end - size);
  const page: T[] = [];
  for (let i = end - 1; i >= start; i--) page.push(items.at(i)!);
  return { items: page, next_page_token: start > first ? encode(start, key) : null };
}
