import { splitEncodedPath } from './_internals/decode-path.ts';
import { parseProjectText } from './_internals/parse-project-text.ts';
import type { ParsedProjectSlug } from './project-slug.ts';
import { SlugError } from './slug-error.ts';

/**
 * Reads a project slug back from a URL path segment run: the literal form
 * (`gh/org/repo`), the `%2F`-encoded one (`gh%2Forg%2Frepo`, either case of hex
 * digits) or a mix. Every segment is percent-decoded exactly once (so `%252F`
 * stays a `%2F` inside a segment and is refused); a malformed escape is an
 * error for its segment. The decoded slug is then parsed as
 * {@link parseProjectSlug} parses it, and errors report the path as given.
 *
 * @throws {SlugError} when the path holds no valid slug.
 *
 * @example
 * fromPath('gh%2FCircleCI-Public%2Fcircleci-cli').slug; // 'gh/CircleCI-Public/circleci-cli'
 * fromPath(toPath('bb/atlassian/python-bitbucket')).project; // 'python-bitbucket'
 */
export function fromPath(path: string): ParsedProjectSlug {
  if (typeof path !== 'string') throw new SlugError('NOT_A_STRING', path, 'expected the path as a string');
  return parseProjectText(splitEncodedPath(path, path).join('/'), path);
}
