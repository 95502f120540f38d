/**
 * Cross-origin access to the mock from a browser page: preflight answers and
 * the `access-control-*` headers of every response.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { MockServerError } from './mock-server-error.ts';
import { renderJson, type RenderedResponse } from './response-catalog.ts';

/** Which browser pages may call the mock, as `startMockServer`'s `cors` option. */
export interface CorsOptions {
  /**
   * The origins allowed: `'*'` for any, or a list of origins
   * (`scheme://host[:port]`, as a browser sends them in `Origin`; `'null'`
   * for pages without one, such as `file://`). A page of any other origin
   * gets no `access-control-allow-origin`, and its preflight a 403.
   * @default '*'
   * @example ['http://localhost:5173', 'https://dashboard.example.com']
   */
  origins?: '*' | readonly string[];
  /**
   * How long a browser may keep a preflight's answer, in seconds (`access-control-max-age`).
   * @default 600
   */
  maxAge?: number;
}

/** A checked {@link CorsOptions}: what the request listener answers with. */
export interface CorsPolicy {
  /** `'*'`, or the allowed origins as browsers serialize them. */
  readonly origins: '*' | ReadonlySet<string>;
  /** Seconds a preflight may be cached. */
  readonly maxAge: number;
}

/** The methods a preflight allows: every method the CircleCI API v2 uses. */
export const CORS_METHODS: readonly string[] = Object.freeze(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** The request headers a preflight always allows (with whatever else it was asked for). */
export const CORS_ALLOWED_HEADERS: readonly string[] = Object.freeze(['circle-token', 'authorization', 'content-type']);

/** The response headers a page may read beyond the CORS-safelisted ones: those the mock sends. */
export const CORS_EXPOSED_HEADERS: readonly string[] = Object.freeze(['retry-after', 'allow']);

const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;

/** An origin as a browser serializes it, or `undefined` when `text` is not one. */
function serializedOrigin(text: string): string | undefined {
  if (text === 'null') return text;
  if (!URL.canParse(text)) return undefined;
  const url = new URL(text);
  return url.origin !== 'null' && url.href === `${url.origin}/` ? url.origin : undefined;
}

/**
 * Checks the `cors` option of the mock: `false` turns CORS off (no preflight
 * answers, no `access-control-*` headers); `undefined` and `{}` allow any
 * origin.
 *
 * @throws {MockServerError} `BAD_OPTIONS` for an entry that is not an origin, or a bad `maxAge`.
 * @example
 * corsPolicy({ origins: ['http://localhost:5173/'] }); // { origins: Set { 'http://localhost:5173' }, maxAge: 600 }
 * corsPolicy(false); // undefined
 */
export function corsPolicy(options: CorsOptions | false | undefined): CorsPolicy | undefined {
  if (options === false) return undefined;
  const { origins = '*', maxAge = 600 } = options ?? {};
  if (!Number.isSafeInteger(maxAge) || maxAge < 0) {
    throw new MockServerError('BAD_OPTIONS', `cors.maxAge must be a non-negative integer, got ${maxAge}`, maxAge);
  }
  if (origins === '*') return { origins, maxAge };
  if (!Array.isArray(origins)) {
    throw new MockServerError('BAD_OPTIONS', "cors.origins must be '*' or a list of origins", origins);
  }
  const allowed = new Set<string>();
  for (const origin of origins as readonly unknown[]) {
    const serialized = typeof origin === 'string' ? serializedOrigin(origin) : undefined;
    if (serialized === undefined) {
      throw new MockServerError(
        'BAD_OPTIONS',
        `cors.origins: ${JSON.stringify(origin)} is not an origin (scheme://host[:port], no path)`,
        origin,
      );
    }
    allowed.add(serialized);
  }
  return { origins: allowed, maxAge };
}

/** Whether a page of `origin` may read the mock's answers. */
function allows(policy: CorsPolicy, origin: string | undefined): boolean {
  return policy.origins === '*' || (origin !== undefined && policy.origins.has(origin));
}

/**
 * The CORS headers of an ordinary response (errors and faults included):
 * `access-control-allow-origin` (`*`, or the request's origin when it is
 * listed) and `access-control-expose-headers`; with a list of origins,
 * `vary: origin` always, as the answer depends on it.
 *
 * @example
 * corsHeaders(corsPolicy({})!, 'http://localhost:5173'); // { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'retry-after, allow' }
 */
export function corsHeaders(policy: CorsPolicy, origin: string | undefined): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  if (policy.origins !== '*') headers.vary = 'origin';
  if (!allows(policy, origin)) return headers;
  headers['access-control-allow-origin'] = policy.origins === '*' ? '*' : origin;
  headers['access-control-expose-headers'] = CORS_EXPOSED_HEADERS.join(', ');
  return headers;
}

/** The header names a preflight asks for (`access-control-request-headers`), lower-cased, with the defaults. */
function allowedHeaders(requested: string | undefined): string {
  const names = new Set(CORS_ALLOWED_HEADERS);
  for (const name of (requested ?? '').split(',')) {
    const trimmed = name.trim().toLowerCase();
    if (TOKEN.test(trimmed)) names.add(trimmed);
  }
  return [...names].join(', ');
}

const PREFLIGHT_VARY = 'origin, access-control-request-method, access-control-request-headers';

/**
 * The answer to a CORS preflight (`OPTIONS` with `Origin` and
 * `Access-Control-Request-Method`), or `undefined` for any other request.
 * An allowed origin and method get 204 with `access-control-allow-origin`,
 * `-allow-methods`, `-allow-headers` (the defaults and every header asked
 * for), `-max-age` and `vary`; anything else a 403 `{"message"}` saying why,
 * without `access-control-allow-origin`, so the browser refuses the call.
 *
 * @example
 * preflight(policy, 'OPTIONS', { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' })?.status; // 204
 * preflight(policy, 'GET', { origin: 'http://localhost:5173' }); // undefined
 */
export function preflight(
  policy: CorsPolicy,
  method: string | undefined,
  headers: IncomingHttpHeaders,
): RenderedResponse | undefined {
  const origin = headers.origin;
  const asked = headers['access-control-request-method'];
  if (method !== 'OPTIONS' || origin === undefined || asked === undefined) return undefined;
  const vary = { vary: PREFLIGHT_VARY };
  if (!allows(policy, origin)) {
    return renderJson(403, { message: `CORS: origin ${origin} is not allowed by this mock server` }, vary);
  }
  if (!CORS_METHODS.includes(asked.toUpperCase())) {
    return renderJson(
      403,
      { message: `CORS: method ${asked} is not allowed; allowed: ${CORS_METHODS.join(', ')}` },
      vary,
    );
  }
  return {
    status: 204,
    headers: {
      ...vary,
      'access-control-allow-origin': policy.origins === '*' ? '*' : origin,
      'access-control-allow-methods': CORS_METHODS.join(', '),
      'access-control-allow-headers': allowedHeaders(headers['access-control-request-headers']),
      'access-control-max-age': String(policy.maxAge),
      'content-length': '0',
    },
    body: Buffer.alloc(0),
  };
}
