import type { BuiltRequest } from '@circleci-kit/core-client';
import type { Router } from '@circleci-kit/mock-server';
import type { OperationInfo } from '@circleci-kit/spec-loader';
import { LONG_VCS } from '@circleci-kit/slug';
import { wireTexts } from '../_internals/wire.js';

const SHORT_VCS = new Map<string, string>(Object.entries(LONG_VCS).map(([short, long]) => [long, short]));

/** A slug with its VCS in the short form (`github/org` → `gh/org`), as the builder writes it. */
function shortVcs(value: string): string {
  const slash = value.indexOf('/');
  const short = slash > 0 ? SHORT_VCS.get(value.slice(0, slash).toLowerCase()) : undefined;
  return short === undefined ? value : `${short}${value.slice(slash)}`;
}

const SLUGS = new Set(['project-slug', 'org-slug', 'org-slug-or-id', 'owner-slug']);

/**
 * `router-round-trip` (pure): the mock-server's router, given the built
 * request's method and path (relative to `baseUrl`), finds the same
 * operation and reads back the same path parameters (slugs compared with the
 * VCS in its short form, `github/org/repo` ≡ `gh/org/repo`).
 *
 * @example
 * routerRoundTrip(router, operation, built, { 'project-slug': 'gh/a/b' }, baseUrl); // undefined
 */
export function routerRoundTrip(
  router: Router,
  operation: OperationInfo,
  request: BuiltRequest,
  pathParams: Record<string, unknown>,
  baseUrl: string,
): string | undefined {
  const path = request.url.slice(baseUrl.replace(/\/+$/, '').length).split('?')[0]!;
  const match = router.match(request.method, path);
  if (match.kind !== 'found') return `the router answers ${match.kind} for ${request.method} ${path}`;
  if (match.operation.operationId !== operation.operationId) {
    return `the router reads ${request.method} ${path} as ${match.operation.operationId}`;
  }
  for (const [name, value] of Object.entries(pathParams)) {
    const text = wireTexts(value).join(',');
    const expected = SLUGS.has(name) ? shortVcs(text) : text;
    const actual = match.params[name];
    if (actual !== expected) {
      return `path parameter ${name}: the router reads ${JSON.stringify(actual)}, the input was ${JSON.stringify(expected)}`;
    }
  }
  return undefined;
}
