import { describe, it } from 'vitest';
import { paginationConsistent, type FetchedPage } from '../../src/index.ts';
import { expectMessage } from '../support/expect-message.ts';

const page = (items: unknown[], next: string | null, status = 200): FetchedPage => ({
  token: undefined,
  response: { status, headers: {}, body: '', json: { items, next_page_token: next }, elapsedMs: 1 },
});

describe('paginationConsistent', () => {
  it.each([
    { name: 'one last page', given: [page([{ id: 'a' }], null)], complete: true, want: undefined },
    {
      name: 'pages that end',
      given: [page([{ id: 'a' }], 't1'), page([{ id: 'b' }], null)],
      complete: true,
      want: undefined,
    },
    {
      name: 'a token seen twice',
      given: [page([{ id: 'a' }], 't1'), page([{ id: 'b' }], 't1')],
      complete: false,
      want: /repeats the token of page 1: a pagination loop/,
    },
    {
      name: 'an item on two pages',
      given: [page([{ id: 'a' }], 't1'), page([{ id: 'a' }], null)],
      complete: true,
      want: /id:a appears on page 1 and again on page 2/,
    },
    {
      name: 'items keyed by number',
      given: [page([{ number: 1 }], 't1'), page([{ number: 1 }], null)],
      complete: true,
      want: /number:1/,
    },
    {
      name: 'a page that fails',
      given: [page([], 't1'), page([], null, 500)],
      complete: true,
      want: /page 2 answered 500/,
    },
    { name: 'no end', given: [page([{ id: 'a' }], 't1')], complete: false, want: /did not end after 1 pages/ },
  ])('$name', ({ given, complete, want }) => {
    expectMessage(paginationConsistent(given, complete), want);
  });
});
