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

/** The routes found per checker, by request. */
const found = new WeakMap<SpecChecker, WeakMap<PactRequest, InteractionRoute | undefined>>();

/**
 * The operation of a checker's spec that answers a pact request, as
 * core-client's `matchRequest` routes it against the spec's first server
 * (multi-segment slugs included), or `undefined` when none does. A plain
 * path under the server's path routes the same in the checker (its
 * `route`, shared with its checks), so it is asked there; anything else
 * (a path outside it, a query, a whole URL) goes to `matchRequest`. Each
 * request is routed once per checker (and each method and path once by the
 * checker itself).
 *
 * @example
 * interactionRoute(createSpecChecker(spec), { method: 'GET', path: '/api/v2/me' }); // { method: 'GET', path: '/me' }
 */
export function interactionRoute(checker: SpecChecker, request: PactRequest): InteractionRoute | undefined {
  let routes = found.get(checker);
  if (routes === undefined) found.set(checker, (routes = new WeakMap<PactRequest, InteractionRoute | undefined>()));
  if (routes.has(request)) return routes.get(request);
  let route: InteractionRoute | undefined;
  if (!NOT_A_PLAIN_PATH.test(request.path)) {
    const match = request.path.startsWith(`${checker.basePath}/`) ? checker.routeOf(request) : undefined;
    route = match?.kind === 'found' ? { method: match.operation.method, path: match.operation.path } : undefined;
  } else {
    const { spec } = checker;
    const match = matchRequest(request.method, request.path, {
      operations: toOperationTable(spec.operations),
      baseUrl: baseUrlOf(spec),
    });
    route = match.ok ? { method: match.operation.method, path: match.operation.path } : undefined;
  }
  routes.set(request, route);
  return route;
}
