import { operations as generated } from '../generated/operations.ts';
import { DEFAULT_BASE_URL } from './_internals/build-request-for.ts';
import type { OperationSpec, OperationTable, ParameterSpec } from './operation-spec.ts';
import { readWireValue } from './read-wire-value.ts';
import { createRouter, type Router } from './router.ts';

/** Options of {@link matchRequest}. */
export interface MatchRequestOptions {
  /**
   * The operations to match against: a table (`toOperationTable(spec.operations)`
   * for a loaded spec) or a router compiled from one.
   * @default the operations of the spec the client was generated from
   */
  operations?: OperationTable | Router;
  /**
   * Where the API lives; its path is taken off the URL's before routing. Only
   * the path counts: the URL's origin may be any.
   * @default 'https://circleci.com/api/v2'
   * @example 'http://127.0.0.1:8080/api/v2'
   */
  baseUrl?: string;
  /**
   * The request's headers (lower-case names), to read header parameters.
   * @default {}
   */
  headers?: Readonly<Record<string, string | undefined>>;
}

/** What {@link matchRequest} finds. */
export type RequestMatch =
  | {
      ok: true;
      operation: OperationSpec;
      /** The values by camelCase key, as `buildRequest` takes them (path, query and header parameters). */
      params: Record<string, unknown>;
    }
  | {
      ok: false;
      /** Why nothing matches. */
      reason: 'not-found' | 'method-not-allowed' | 'bad-encoding' | 'outside-base';
      /** The methods the path allows, for `method-not-allowed`. */
      allow?: string[];
      /** A sentence naming what was wrong. */
      message: string;
    };

const routers = new WeakMap<OperationTable, Router>();

function routerOf(operations: OperationTable | Router | undefined): Router {
  const table = operations ?? generated;
  if (typeof table.match === 'function') return table as Router;
  let router = routers.get(table as OperationTable);
  if (router === undefined) {
    router = createRouter(Object.values(table as OperationTable));
    routers.set(table as OperationTable, router);
  }
  return router;
}

/** The path and query of a URL given as text, as sent: no dot segment resolved, unlike `new URL`. */
function split(url: string): { pathname: string; search: URLSearchParams } {
  const rest = url.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/, '').replace(/#.*$/s, '');
  const q = rest.indexOf('?');
  return {
    pathname: q === -1 ? rest : rest.slice(0, q),
    search: new URLSearchParams(q === -1 ? '' : rest.slice(q + 1)),
  };
}

function read(parameter: ParameterSpec, texts: readonly string[], into: Record<string, unknown>): void {
  if (texts.length > 0) into[parameter.key] = readWireValue(parameter, texts);
}

/**
 * The operation a request is for, with its parameters decoded and typed: the
 * inverse of `buildRequest`. The path is routed as sent (a URL given as text
 * is not parsed with `new URL`, so its dot segments are never resolved, `%2E`
 * is a literal dot, and a slug may span segments; a `URL` object comes
 * already resolved, as fetch would send it); query
 * values are read by name from the URL; header parameters from
 * `options.headers`. A value that does not read as its declared type is
 * kept as text (for a validator to reject).
 *
 * @example
 * const built = buildRequest('deleteEnvVar', { projectSlug: 'gh/acme/widgets', name: 'NPM_TOKEN' });
 * matchRequest(built.method, new URL(built.url));
 * // → { ok: true, operation: operations.deleteEnvVar, params: { projectSlug: 'gh/acme/widgets', name: 'NPM_TOKEN' } }
 */
export function matchRequest(method: string, url: string | URL, options: MatchRequestOptions = {}): RequestMatch {
  const parsed = typeof url === 'string' ? split(url) : { pathname: url.pathname, search: url.searchParams };
  const base = new URL(options.baseUrl ?? DEFAULT_BASE_URL).pathname.replace(/\/+$/, '');
  const verb = method.toUpperCase();
  const where = `${verb} ${parsed.pathname}`;
  if (!parsed.pathname.startsWith(`${base}/`)) {
    return { ok: false, reason: 'outside-base', message: `${where} is not under the API base path ${base}/` };
  }
  const match = routerOf(options.operations).match(verb, parsed.pathname.slice(base.length));
  switch (match.kind) {
    case 'not-found':
      return { ok: false, reason: 'not-found', message: `no operation answers ${where}` };
    case 'bad-encoding':
      return { ok: false, reason: 'bad-encoding', message: `${where} has a malformed percent-escape` };
    case 'method-not-allowed':
      return {
        ok: false,
        reason: 'method-not-allowed',
        allow: match.allow,
        message: `${where}: the path allows ${match.allow.join(', ')}, not ${verb}`,
      };
    case 'found':
      break;
  }
  const { operation } = match;
  const params: Record<string, unknown> = {};
  for (const parameter of operation.parameters.path) {
    const text = match.path[parameter.name];
    if (text !== undefined) read(parameter, [text], params);
  }
  for (const parameter of operation.parameters.query) read(parameter, parsed.search.getAll(parameter.name), params);
  for (const parameter of operation.parameters.header) {
    const text = options.headers?.[parameter.name.toLowerCase()];
    if (text !== undefined) read(parameter, [text], params);
  }
  return { ok: true, operation, params };
}
