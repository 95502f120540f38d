import type { HttpMethod } from './operation-spec.ts';

/**
 * A request ready for `fetch`, as `buildRequest` returns it: nothing has been
 * sent. Header names are lower case.
 *
 * @example
 * const request: BuiltRequest = {
 *   method: 'GET',
 *   url: 'https://circleci.com/api/v2/me',
 *   headers: { accept: 'application/json' },
 *   body: undefined,
 * };
 */
export interface BuiltRequest {
  readonly method: HttpMethod;
  /** Absolute: base URL, path with parameters substituted, query string. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON text of the body, or `undefined` when there is none. */
  readonly body: string | undefined;
}
