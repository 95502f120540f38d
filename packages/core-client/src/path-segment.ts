/**
 * One path segment on the wire, by RFC 3986 (section 3.3) and the WHATWG URL
 * Standard that fetch, undici, Deno and browsers follow.
 */

/**
 * Whether a path value is a dot segment (`.` or `..`). No encoding can carry
 * one to a server through fetch: RFC 3986 (2.3, 6.2.2.2) makes `%2E` the same
 * character as `.`, and the WHATWG URL parser resolves `%2E` and `%2E%2E`
 * just as it resolves `.` and `..` (`/project/gh/a/b/envvar/%2E%2E` becomes
 * `/project/gh/a/b/`, another route). The request builder refuses them.
 *
 * @example
 * isDotSegment('..'); // true
 * isDotSegment('.env'); // false
 */
export function isDotSegment(value: string): boolean {
  return value === '.' || value === '..';
}

/**
 * A value as one path segment: every character outside RFC 3986's
 * unreserved set and the sub-delimiters `!'()*` percent-encoded, UTF-8 for
 * non-ASCII, so `/`, `?`, `#`, `%` and spaces never change the URL's shape;
 * `.` and `..` written `%2E` and `%2E%2E`, the form RFC 3986 gives them (a
 * WHATWG parser still resolves those: see {@link isDotSegment}).
 *
 * @example
 * encodePathSegment('a/b?c'); // 'a%2Fb%3Fc'
 * encodePathSegment('%2F'); // '%252F'
 * encodePathSegment('..'); // '%2E%2E'
 */
export function encodePathSegment(value: string): string {
  if (isDotSegment(value)) return value.replaceAll('.', '%2E');
  return encodeURIComponent(value);
}

/**
 * The value a path segment carries: percent-escapes decoded as UTF-8 (`%2E`
 * is a literal `.`, never a dot segment to resolve), or `undefined` when an
 * escape is malformed or is not UTF-8.
 *
 * @example
 * decodePathSegment('%2E%2E'); // '..'
 * decodePathSegment('a%2Fb'); // 'a/b'
 * decodePathSegment('%E0%A4%A'); // undefined
 */
export function decodePathSegment(raw: string): string | undefined {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}
