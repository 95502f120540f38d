import { RequestValidationError } from '@circleci-kit/core-client';
import { describe, expect, it } from 'vitest';
import { expectMessage } from '../support/expect-message.js';
import {
  invalidRejectedByBuilder,
  paginationConsistent,
  statefulStep,
  violatedParameter,
  type FetchedPage,
} from '../../src/index.js';

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

describe('statefulStep', () => {
  const res = (status: number, json?: unknown) => ({
    status,
    headers: {},
    body: JSON.stringify(json ?? {}),
    json,
    elapsedMs: 1,
  });
  it.each([
    { name: '404 after delete', expect: { status: 'gone' as const }, given: res(404), want: undefined },
    {
      name: 'still readable after delete',
      expect: { status: 'gone' as const },
      given: res(200),
      want: /use after free/,
    },
    {
      name: '500 after delete',
      expect: { status: 'gone' as const },
      given: res(500),
      want: /answered 500, expected 404/,
    },
    { name: 'a 2xx step', expect: { status: 'success' as const }, given: res(201), want: undefined },
    { name: 'a failed step', expect: { status: 'success' as const }, given: res(404), want: /expected a 2xx/ },
    {
      name: 'a body condition that fails',
      expect: {
        status: 'success' as const,
        body: { holds: (json: unknown) => (json as { id?: string }).id === 'a', otherwise: 'not the one created' },
      },
      given: res(200, { id: 'b' }),
      want: /not the one created/,
    },
  ])('$name', ({ expect: expectation, given, want }) => {
    expectMessage(statefulStep('step', expectation, given), want);
  });
});

describe('invalidRejectedByBuilder', () => {
  const sample = {
    value: { pathParams: {}, query: {}, headers: {}, body: undefined },
    violation: { pointer: '/query/page-token', keyword: 'type' },
  };
  const rejection = new RequestValidationError('listContexts', [
    { parameter: 'pageToken', wireName: 'page-token', message: 'expected a string' },
  ]);
  it.each([
    { name: 'rejected, parameter named', outcome: rejection, sent: 0, want: undefined },
    { name: 'rejected after sending', outcome: rejection, sent: 1, want: /went out before/ },
    { name: 'built anyway', outcome: { method: 'GET' }, sent: 0, want: /the builder built a request/ },
    { name: 'another error', outcome: new TypeError('x'), sent: 0, want: /threw TypeError/ },
    {
      name: 'another parameter named',
      outcome: new RequestValidationError('listContexts', [
        { parameter: 'ownerId', wireName: 'owner-id', message: 'x' },
      ]),
      sent: 0,
      want: /does not name page-token/,
    },
  ])('$name', ({ outcome, sent, want }) => {
    expectMessage(invalidRejectedByBuilder(sample, outcome, sent), want);
  });

  it.each([
    { given: '/query/page-token', want: 'page-token' },
    { given: '/pathParams/project-slug/0', want: 'project-slug' },
    { given: '/body/name', want: 'body' },
    { given: '/headers/a~1b', want: 'a/b' },
  ])('names $given as $want', ({ given, want }) => expect(violatedParameter(given)).toBe(want));
});
