import { matchRequest, toOperationTable } from '@circleci-kit/core-client';
import type { PactRequest } from '@circleci-kit/pact';
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

/**
 * The operation of `spec` that answers a pact request, routed by
 * core-client's `matchRequest` (multi-segment slugs included), or
 * `undefined` when none does.
 *
 * @example
 * interactionRoute(spec, { method: 'GET', path: '/api/v2/me' }); // { method: 'GET', path: '/me' }
 */
export function interactionRoute(spec: LoadedSpec, request: PactRequest): InteractionRoute | undefined {
  const operations = toOperationTable(spec.operations);
  const match = matchRequest(request.method, request.path, { operations, baseUrl: baseUrlOf(spec) });
  return match.ok ? { method: match.operation.method, path: match.operation.path } : undefined;
}
