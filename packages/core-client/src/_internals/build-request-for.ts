import { toSegments } from '@circleci-kit/slug';
import { withAuth, type AuthScheme } from '../auth.ts';
import type { BuiltRequest } from '../built-request.ts';
import type { OperationSpec, ParameterSpec } from '../operation-spec.ts';
import { RequestValidationError, type ParameterProblem } from '../request-validation-error.ts';
import { checkValue } from './check-value.ts';
import { pathValue } from './path-value.ts';
import { serializeQuery } from './serialize-query.ts';

/** Options of the request builder; each may be given as `undefined`, which means its default. */
export interface BuildRequestOptions {
  /**
   * Where the API lives; the operation's path is appended to it.
   * @default 'https://circleci.com/api/v2'
   * @example 'http://127.0.0.1:8080/api/v2'
   */
  baseUrl?: string | undefined;
  /**
   * The personal API token. Without one, no auth is added.
   * @default undefined
   * @example process.env.CIRCLECI_TOKEN
   */
  token?: string | undefined;
  /**
   * How the token is sent.
   * @default 'header'
   * @example 'basic'
   */
  auth?: AuthScheme | undefined;
  /**
   * The `User-Agent` header; none when undefined.
   * @default undefined
   * @example 'my-dashboard/1.0'
   */
  userAgent?: string | undefined;
  /**
   * Extra headers, added last (they may override the defaults).
   * @default {}
   * @example { 'x-request-source': 'nightly' }
   */
  headers?: Readonly<Record<string, string | undefined>> | undefined;
}

/** The default `baseUrl`. */
export const DEFAULT_BASE_URL = 'https://circleci.com/api/v2';

const SEGMENT_KEYS = ['provider', 'organization', 'project'] as const;

interface Derived {
  all: readonly ParameterSpec[];
  known: ReadonlySet<string>;
  segments: boolean;
}

const derived = new WeakMap<OperationSpec, Derived>();

/** What the builder derives from an entry, computed once per entry. */
function derive(operation: OperationSpec): Derived {
  let found = derived.get(operation);
  if (found === undefined) {
    const all = Object.values(operation.parameters).flat();
    const keys = all.map((p) => p.key);
    const segments = SEGMENT_KEYS.every((key) => keys.includes(key));
    found = { all, known: new Set([...keys, ...(segments ? ['projectSlug'] : [])]), segments };
    derived.set(operation, found);
  }
  return found;
}

function problem(parameter: ParameterSpec | string, message: string): ParameterProblem {
  if (typeof parameter === 'string') return { parameter, message };
  return { parameter: parameter.key, wireName: parameter.name, message };
}

/** Adds `provider`, `organization` and `project` from a `projectSlug` on the three-segment routes. */
function expandSegments(operation: OperationSpec, params: Record<string, unknown>, problems: ParameterProblem[]) {
  if (params['projectSlug'] === undefined || !derive(operation).segments) return params;
  if (SEGMENT_KEYS.some((key) => params[key] !== undefined)) {
    problems.push(problem('projectSlug', 'give either projectSlug or provider, organization and project, not both'));
    return params;
  }
  const { projectSlug, ...rest } = params;
  try {
    return { ...rest, ...toSegments(projectSlug as string) };
  } catch (error) {
    problems.push(problem('projectSlug', error instanceof Error ? error.message : String(error)));
    return rest;
  }
}

/** A name with case, `-` and `_` left out: `owner_slug`, `owner-slug` and `ownerSlug` are one. */
function loose(name: string): string {
  return name.replace(/[-_]/g, '').toLowerCase();
}

function unknownKeys(operation: OperationSpec, params: Record<string, unknown>): ParameterProblem[] {
  const { all, known } = derive(operation);
  return Object.keys(params)
    .filter((key) => key !== 'body' && !known.has(key) && params[key] !== undefined)
    .map((key) => {
      const byWire = all.find((p) => p.name === key) ?? all.find((p) => loose(p.name) === loose(key));
      const hint = byWire
        ? `did you mean ${byWire.key}? Parameters are given by camelCase name`
        : `expected one of: ${[...known].join(', ') || '(no parameters)'}`;
      return problem(key, `unknown parameter; ${hint}`);
    });
}

function encodeBody(operation: OperationSpec, body: unknown, problems: ParameterProblem[]): string | undefined {
  if (!operation.body) {
    if (body !== undefined) problems.push(problem('body', `${operation.id} takes no body`));
    return undefined;
  }
  if (body === undefined) {
    if (operation.body.required) problems.push(problem('body', 'a request body is required'));
    return undefined;
  }
  try {
    return JSON.stringify(body);
  } catch (error) {
    problems.push(
      problem('body', `cannot be encoded as JSON: ${error instanceof Error ? error.message : String(error)}`),
    );
    return undefined;
  }
}

/**
 * Builds the request of one operation described by `operation` (pure: no
 * I/O). `buildRequest` calls it with the generated table's entry; pass an
 * entry of `toOperationTable(spec.operations)` to build for another version
 * of the spec.
 *
 * @throws {RequestValidationError} listing every problem with the parameters.
 * @example
 * const table = toOperationTable(loadedSpec.operations);
 * buildRequestFor(table['listWorkflowJobs']!, { id: '5034460f-c7c4-4c43-9457-de07e2029e7b' });
 */
export function buildRequestFor(
  operation: OperationSpec,
  params: Readonly<Record<string, unknown>> = {},
  options: BuildRequestOptions = {},
): BuiltRequest {
  const problems: ParameterProblem[] = unknownKeys(operation, params);
  const values = expandSegments(operation, params, problems);
  const check = (parameter: ParameterSpec): boolean => {
    const value = values[parameter.key];
    if (value === undefined) {
      if (parameter.required) problems.push(problem(parameter, `required ${parameter.in} parameter is missing`));
      return false;
    }
    const message = parameter.slug && typeof value !== 'string' ? undefined : checkValue(parameter, value);
    if (message) problems.push(problem(parameter, message));
    return message === undefined;
  };

  let path = operation.path;
  for (const parameter of operation.parameters.path) {
    if (!check(parameter)) continue;
    const encoded = pathValue(parameter, values[parameter.key]);
    if (encoded.ok) path = path.replace(`{${parameter.name}}`, encoded.text);
    else problems.push(problem(parameter, encoded.message));
  }
  const query: string[] = [];
  for (const parameter of operation.parameters.query) {
    if (check(parameter)) query.push(...serializeQuery(parameter, values[parameter.key]));
  }
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const parameter of operation.parameters.header) {
    if (check(parameter)) headers[parameter.name.toLowerCase()] = String(values[parameter.key]);
  }
  for (const parameter of operation.parameters.cookie) check(parameter);
  const body = encodeBody(operation, values['body'], problems);
  if (problems.length > 0) throw new RequestValidationError(operation.id, problems);

  if (body !== undefined && operation.body) headers['content-type'] = operation.body.contentType;
  if (options.userAgent !== undefined) headers['user-agent'] = options.userAgent;
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  const base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const url = `${base}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
  return withAuth({ method: operation.method, url, headers, body }, options.token, options.auth);
}
