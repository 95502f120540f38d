import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendPointer,
  escapePointerToken,
  parsePointer,
  resolvePointer,
  toPointer,
  unescapePointerToken,
} from '../src/json-pointer.ts';

describe('escapePointerToken / unescapePointerToken', () => {
  it.each([
    { given: 'login', want: 'login' },
    { given: '/me', want: '~1me' },
    { given: 'a~b', want: 'a~0b' },
    { given: '~1', want: '~01' },
    { given: '/~', want: '~1~0' },
    { given: 'application/json', want: 'application~1json' },
    { given: '', want: '' },
    { given: 200, want: '200' },
  ])('escapes $given as $want', ({ given, want }) => {
    expect(escapePointerToken(given)).toBe(want);
    expect(unescapePointerToken(want)).toBe(String(given));
  });

  it('unescapes ~1 before ~0, so ~01 reads ~1 (RFC 6901 §4)', () => {
    expect(unescapePointerToken('~01')).toBe('~1');
    expect(unescapePointerToken('~0~1')).toBe('~/');
  });

  it('round-trips every string', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('~', '/', '0', '1', 'a') }), (token) => {
        const escaped = escapePointerToken(token);
        expect(escaped).not.toContain('/');
        expect(unescapePointerToken(escaped)).toBe(token);
      }),
      { seed: 20251017 },
    );
  });
});

describe('toPointer / appendPointer / parsePointer', () => {
  it.each([
    { given: [], want: '' },
    { given: [''], want: '/' },
    { given: ['paths', '/me', 'get'], want: '/paths/~1me/get' },
    { given: ['responses', 200, 'content', 'application/json'], want: '/responses/200/content/application~1json' },
  ])('builds $want', ({ given, want }) => {
    expect(toPointer(given)).toBe(want);
    expect(parsePointer(want)).toEqual(given.map(String));
  });

  it('appends tokens to a pointer', () => {
    expect(appendPointer('/paths/~1me/get', 'responses', 200)).toBe('/paths/~1me/get/responses/200');
    expect(appendPointer('')).toBe('');
  });

  it.each(['paths', '#/paths', '~1'])('refuses %s as a pointer', (given) => {
    expect(parsePointer(given)).toBeUndefined();
  });

  it('round-trips every token list', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('~', '/', '0', '1', 'a') })), (tokens) => {
        expect(parsePointer(toPointer(tokens))).toEqual(tokens);
      }),
      { seed: 20251017 },
    );
  });
});

describe('resolvePointer', () => {
  const document = { paths: { '/me': { get: { tags: ['user'] } } }, 'a~b': 1, empty: null };

  it.each([
    { given: '', want: document },
    { given: '/paths/~1me/get/tags/0', want: 'user' },
    { given: '/a~0b', want: 1 },
    { given: '/empty', want: null },
    { given: '/paths/~1me/post', want: undefined },
    { given: '/paths/~1me/get/tags/1', want: undefined },
    { given: '/empty/x', want: undefined },
    { given: '/paths/constructor', want: undefined },
    { given: 'paths', want: undefined },
  ])('reads $given', ({ given, want }) => {
    expect(resolvePointer(document, given)).toEqual(want);
  });

  it('reads back every value at the pointer it was put at', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('~', '/', '0', 'a') }), { maxLength: 4 }),
        fc.integer(),
        (tokens, value) => {
          const built = tokens.reduceRight<unknown>((inner, token) => ({ [token]: inner }), value);
          expect(resolvePointer(built, toPointer(tokens))).toBe(value);
        },
      ),
      { seed: 20251017 },
    );
  });
});
