import { describe, expect, it } from 'vitest';
import { decodePathSegment, encodePathSegment, isDotSegment } from '../src/index.ts';

// What RFC 3986 (3.3: segment = *pchar) lets stand in a segment, and what it must escape.
describe('encodePathSegment', () => {
  it.each([
    { given: 'plain-Name_1.2~x', want: 'plain-Name_1.2~x' },
    { given: '.', want: '%2E' },
    { given: '..', want: '%2E%2E' },
    { given: '...', want: '...' },
    { given: '.env', want: '.env' },
    { given: '/', want: '%2F' },
    { given: 'a/b', want: 'a%2Fb' },
    { given: '?', want: '%3F' },
    { given: '#', want: '%23' },
    { given: '%', want: '%25' },
    { given: '%2F', want: '%252F' },
    { given: '%2E', want: '%252E' },
    { given: ' ', want: '%20' },
    { given: '+', want: '%2B' },
    { given: 'ü', want: '%C3%BC' },
    { given: '😀', want: '%F0%9F%98%80' },
  ])('$given → $want', ({ given, want }) => {
    expect(encodePathSegment(given)).toBe(want);
    expect(decodePathSegment(encodePathSegment(given))).toBe(given);
  });
});

describe('decodePathSegment', () => {
  it.each([
    { given: '%2E%2E', want: '..' },
    { given: '%2e', want: '.' },
    { given: 'a%2Fb', want: 'a/b' },
    { given: 'plain', want: 'plain' },
    { given: '%', want: undefined },
    { given: '%E0%A4%A', want: undefined },
    { given: '%FF', want: undefined },
  ])('$given → $want', ({ given, want }) => {
    expect(decodePathSegment(given)).toBe(want);
  });
});

describe('isDotSegment', () => {
  it.each([
    { given: '.', want: true },
    { given: '..', want: true },
    { given: '...', want: false },
    { given: '.a', want: false },
    { given: '', want: false },
  ])('$given → $want', ({ given, want }) => {
    expect(isDotSegment(given)).toBe(want);
  });

  // Why the builder refuses dot segments instead of escaping them: the WHATWG URL
  // parser (fetch, undici, Deno, browsers) resolves `%2E` forms too.
  it.each(['.', '..'])('new URL resolves %s written with %%2E', (dots) => {
    const url = new URL(`http://127.0.0.1/api/v2/project/gh/a/b/envvar/${encodePathSegment(dots)}`);
    expect(url.pathname.endsWith('/envvar/')).toBe(dots === '.');
    expect(url.pathname).not.toContain('%2E');
  });
});
