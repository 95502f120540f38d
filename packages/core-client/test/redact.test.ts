import { describe, expect, it } from 'vitest';
import { redactHeaders, redactRequest, redactUrl } from '../src/redact.ts';

describe('redactUrl', () => {
  it.each([
    { given: 'https://x/me?circle-token=abc', want: 'https://x/me?circle-token=***' },
    { given: 'https://x/me?a=1&Circle-Token=abc&b=2', want: 'https://x/me?a=1&Circle-Token=***&b=2' },
    { given: 'https://x/me?circle-token=abc#frag', want: 'https://x/me?circle-token=***#frag' },
    { given: 'https://x/me?not-circle-token=abc', want: 'https://x/me?not-circle-token=abc' },
    { given: 'https://x/me', want: 'https://x/me' },
  ])('$given', ({ given, want }) => {
    expect(redactUrl(given)).toBe(want);
  });
});

describe('redactHeaders and redactRequest', () => {
  it('masks Circle-Token and Authorization, keeping the scheme, and lower-cases names', () => {
    expect(
      redactHeaders({ 'Circle-Token': 't', Authorization: 'Basic dDo=', 'Proxy-Authorization': 'x', Accept: 'a' }),
    ).toEqual({ 'circle-token': '***', authorization: 'Basic ***', 'proxy-authorization': '***', accept: 'a' });
  });

  it('redacts the url and headers of a request and keeps the rest', () => {
    const request = {
      method: 'POST' as const,
      url: 'https://x/p?circle-token=t',
      headers: { 'circle-token': 't' },
      body: '{}',
    };
    expect(redactRequest(request)).toEqual({
      method: 'POST',
      url: 'https://x/p?circle-token=***',
      headers: { 'circle-token': '***' },
      body: '{}',
    });
    expect(request.headers['circle-token']).toBe('t');
  });
});
