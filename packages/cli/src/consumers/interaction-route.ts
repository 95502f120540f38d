import { matchRequest, toOperationTable } from '@circleci-kit/core-client';
import type { PactRequest, SpecChecker } from '@circleci-kit/pact/check-spec';
import type { LoadedSpec } from '@circleci-kit/spec-loader';

/** The route template an interaction's request is for, as a spec writes it. */
export interface InteractionRoute {
  /** Upper case, e.g. `GET`. */
  method: string;
  /** The path template, e.g. `/pipeline/{id}`. */
  path: string;
}

/** Where the spec's API lives: its first server, else the root. */
function baseUrlOf(spec: LoadedSpec): string {
  const servers = (spec.document as { servers?: Array<{ url?: string }> }).servers;
  try {
    return new URL(servers?.[0]?.url ?? '/', 'http://localhost').href;
  } catch {
    return 'http://localhost/';
  }
}

/** A path `matchRequest` reads as more than a path: with a scheme and host, a query or a fragment. */
const NOT_A_PLAIN_PATH = /[?#]|^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

/** The routes `matchRequest` found per checker, by method and path. */
const matched = new WeakMap<SpecChecker, Map<string, InteractionRoute | undefined>>();

/** Where `matchRequest` routes a request that is more than a plain path under the server's. */
function matchedRoute(checker: SpecChecker, request: PactRequest): InteractionRoute | undefined {
  let routes = matched.get(checker);
  if (routes === undefined) matched.set(checker, (routes = new Map<string, InteractionRoute | undefined>()));
  const key = `${request.method}\u0000${request.path}`;
  if (routes.has(key)) return routes.get(key);
  const { spec } = checker;
  const match = matchRequest(request.method, request.path, {
    operations: toOperationTable(spec.operations),
    baseUrl: baseUrlOf(spec),
  });
  const route = match.ok ? { method: match.operation.method, path: match.operation.path } : undefined;
  routes.set(key, route);
  return route;
}

/**
 * The operation of a checker's spec that answers a pact request, as
 * core-client's `matchRequest` routes it against the spec's first server
 * (multi-segment slugs included), or `undefined` when none does. A plain
 * path under the server's path routes the same in the checker (its
 * `routeOf`, which keeps the match for the check of the same request), so
 * it is asked there; anything else (a path outside it, a query, a whole
 * URL) goes to `matchRequest`. Each method and path is routed once per
 * checker.
 *
 * @example
 * interactionRoute(createSpecChecker(spec), { method: 'GET', path: '/api/v2/me' }); // { method: 'GET', path: '/me' }
 */
export function interactionRoute(checker: SpecChecker, request: PactRequest): InteractionRoute | undefined {
  if (NOT_A_PLAIN_PATH.test(request.path)) return matchedRoute(checker, request);
  if (!request.path.startsWith(`${checker.basePath}/`)) return undefined;
  const match = checker.routeOf(request);
  return match.kind === 'found' ? { method: match.operation.method, path: match.operation.path } : undefined;
}
