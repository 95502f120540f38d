/**
 * Pages of stored records, only the page rendered.
 */
import { requestedPageSize } from '../_internals/requested-page-size.ts';
import { pageOf } from '../pagination.ts';
import { badRequest, ok, type HandlerContext, type HandlerResult } from './handler.ts';

/**
 * One page of `records` by the request's `page-token` (as `paged` pages
 * rendered items: same sizes, same tokens), rendering only the records on
 * that page; 400 for a token not issued here.
 *
 * @example
 * return pagedRecords(context, state.schedules.group(slug), `schedules:${slug}`, (s) => render(context, s));
 */
export function pagedRecords<R>(
  context: HandlerContext,
  records: readonly R[],
  key: string,
  render: (record: R) => unknown,
): HandlerResult {
  const token = context.query['page-token'];
  const size = requestedPageSize(context.query, context.pageSize);
  const page = pageOf(records, typeof token === 'string' ? token : undefined, size, key);
  if (page === undefined) return badRequest('invalid page-token: pass the next_page_token of a previous page');
  return ok(context, { items: page.items.map(render), next_page_token: page.next_page_token });
}
