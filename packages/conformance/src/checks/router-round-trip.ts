import { matchRequest, type BuiltRequest, type Router } from '@circleci-kit/core-client';
import { LONG_VCS } from '@circleci-kit/slug';
import type { OperationInfo } from '@circleci-kit/spec-loader';
import { readInputValue, wireOperation } from '../_internals/wire.ts';

const SHORT_VCS = new Map<string, string>(Object.entries(LONG_VCS).map(([short, long]) => [long, short]));

/** A slug with its VCS in the short form (`github/org` → `gh/org`), as the builder writes it. */
function shortVcs(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const slash = value.indexOf('/');
  const short = slash > 0 ? SHORT_VCS.get(value.slice(0, slash).toLowerCase()) : undefined;
  return short === undefined ? value : `${short}${value.slice(slash)}`;
}

/**
 * `router-round-trip` (pure): core-client's `matchRequest`, given the built
 * request's method and URL parsed as fetch parses it (`new URL`, where dot
 * segments would be resolved), finds the same operation and reads back the
 * same path parameters (slugs compared with the VCS in its short form,
 * `github/org/repo` ≡ `gh/org/repo`).
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
  const url = new URL(request.url);
  const match = matchRequest(request.method, url, { operations: router, baseUrl });
  if (!match.ok) return `the router answers ${match.reason} for ${request.method} ${url.pathname}: ${match.message}`;
  if (match.operation.id !== operation.operationId) {
    return `the router reads ${request.method} ${url.pathname} as ${match.operation.id}`;
  }
  const spec = wireOperation(operation);
  for (const [name, value] of Object.entries(pathParams)) {
    const parameter = spec.parameters.path.find((p) => p.name === name);
    if (parameter === undefined) continue;
    const read = readInputValue(operation, 'path', name, value);
    const expected = parameter.slug ? shortVcs(read) : read;
    const actual = match.params[parameter.key];
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      return `path parameter ${name}: the router reads ${JSON.stringify(actual)}, the input was ${JSON.stringify(expected)}`;
    }
  }
  return undefined;
}
