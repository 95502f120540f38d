import { SlugError } from '../slug-error.ts';

/**
 * Splits a URL path on literal `/` and on `%2F` (either case), then
 * percent-decodes every segment exactly once. A malformed escape is an error
 * for its segment's position; `input` is what errors report.
 */
export function splitEncodedPath(path: string, input: unknown): string[] {
  return path
    .replace(/%2F/gi, '/')
    .split('/')
    .map((segment, index) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        const code = index === 0 ? 'UNKNOWN_VCS' : index === 1 ? 'INVALID_ORG' : 'INVALID_PROJECT';
        throw new SlugError(code, input, `segment ${index + 1} has a malformed percent escape`);
      }
    });
}
