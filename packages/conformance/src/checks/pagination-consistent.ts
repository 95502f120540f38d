import type { RecordedResponse } from '../interaction.ts';

/** One page as fetched: the token sent (none for the first) and the response. */
export interface FetchedPage {
  token: string | undefined;
  response: RecordedResponse;
}

/** What identifies an item: its `id`, else its `number`, else its JSON. */
function itemKey(item: unknown): string {
  if (item !== null && typeof item === 'object') {
    const { id, number } = item as { id?: unknown; number?: unknown };
    if (typeof id === 'string' || typeof id === 'number') return `id:${id}`;
    if (typeof number === 'number') return `number:${number}`;
  }
  return JSON.stringify(item);
}

/**
 * `pagination-consistent` (pure over the pages fetched): every page is a
 * 2xx with `items` and `next_page_token`, no token comes back twice (a
 * loop), no item appears on two pages, and the walk ended (`complete`:
 * the last page's token is null) within the page limit.
 *
 * @example
 * paginationConsistent(pages, true); // undefined, or 'page 3 repeats the token of page 1: a pagination loop'
 */
export function paginationConsistent(pages: readonly FetchedPage[], complete: boolean): string | undefined {
  const tokens = new Map<string, number>();
  const items = new Map<string, number>();
  for (const [index, page] of pages.entries()) {
    const { status, json } = page.response;
    if (status < 200 || status > 299) return `page ${index + 1} answered ${status}`;
    const body = json as { items?: unknown; next_page_token?: unknown } | undefined;
    if (!Array.isArray(body?.items)) return `page ${index + 1} has no items array`;
    for (const item of body.items) {
      const key = itemKey(item);
      const seen = items.get(key);
      if (seen !== undefined) return `item ${key} appears on page ${seen} and again on page ${index + 1}`;
      items.set(key, index + 1);
    }
    const next = body.next_page_token;
    if (typeof next === 'string') {
      const seen = tokens.get(next);
      if (seen !== undefined) return `page ${index + 1} repeats the token of page ${seen}: a pagination loop`;
      tokens.set(next, index + 1);
    } else if (next !== null && next !== undefined) return `page ${index + 1}: next_page_token is not a string or null`;
  }
  return complete ? undefined : `pagination did not end after ${pages.length} pages`;
}
