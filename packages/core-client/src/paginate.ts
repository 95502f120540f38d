import type { ApiResponse, CallOptions } from './client-options.ts';
import { CircleCIError } from './circleci-error.ts';

/** Bounds and call options of a pagination. */
export interface PaginateOptions extends CallOptions {
  /**
   * The most pages fetched.
   * @default Infinity
   * @example 5
   */
  maxPages?: number;
  /**
   * The most items yielded; no page is fetched once this many were seen.
   * @default Infinity
   * @example 100
   */
  maxItems?: number;
}

/** One page of a paginated list, as CircleCI answers it. */
export interface Page<Item> {
  readonly items: Item[];
  readonly next_page_token: string | null;
}

/**
 * The items of a paginated operation, page after page (`for await` over it),
 * with `.pages()` to walk the pages themselves. Nothing is fetched until iterated.
 *
 * @example
 * for await (const pipeline of client.paginate('listPipelinesForProject', { projectSlug }, { maxItems: 50 })) {
 *   console.log(pipeline.number);
 * }
 */
export interface PageIterator<Item> extends AsyncIterable<Item> {
  /** The pages, each the whole `{ items, next_page_token }` body. */
  pages(): AsyncIterableIterator<Page<Item>>;
}

/** Fetches one page given its token (`undefined` for the first). */
export type FetchPage = (pageToken: string | undefined, options: CallOptions) => Promise<ApiResponse<unknown>>;

function pageOf(data: unknown): Page<unknown> {
  const record = (data ?? {}) as { items?: unknown; next_page_token?: unknown };
  const items = Array.isArray(record.items) ? record.items : [];
  const next = typeof record.next_page_token === 'string' ? record.next_page_token : null;
  return { ...record, items, next_page_token: next };
}

/**
 * Walks a paginated operation: follows `next_page_token` through the
 * `page-token` parameter and stops when the token is null or empty, at
 * `maxPages` or `maxItems`. A token seen before fails with
 * `REPEATED_PAGE_TOKEN` instead of looping for ever.
 *
 * @example
 * const iterator = paginatePages((pageToken) => client.request('listPipelines', { orgSlug, pageToken }), {}, 'listPipelines', 'GET /pipeline');
 */
export function paginatePages<Item>(
  fetchPage: FetchPage,
  options: PaginateOptions,
  operationId: string,
  describe: { method: string; url: string },
  firstToken?: string,
): PageIterator<Item> {
  const { maxPages = Infinity, maxItems = Infinity, ...call } = options;
  async function* pages(): AsyncGenerator<Page<Item>> {
    const seen = new Set<string>();
    let token = firstToken;
    let count = 0;
    let items = 0;
    while (count < maxPages && items < maxItems) {
      const page = pageOf((await fetchPage(token, call)).data) as Page<Item>;
      count++;
      items += page.items.length;
      yield page;
      const next = page.next_page_token;
      if (next === null || next === '') return;
      if (seen.has(next) || next === firstToken) {
        throw new CircleCIError({
          code: 'REPEATED_PAGE_TOKEN',
          message: `${operationId} (${describe.method} ${describe.url}) answered a next_page_token it had already given, after ${count} pages; stopped to avoid an endless loop`,
          operationId,
          ...describe,
          attempts: count,
        });
      }
      seen.add(next);
      token = next;
    }
  }
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      let yielded = 0;
      for await (const page of pages()) {
        for (const item of page.items) {
          if (yielded >= maxItems) return;
          yielded++;
          yield item;
        }
      }
    },
  };
}
