import type { LoadedSpec, OperationInfo, Rewrite, SpecInfo, SpecProblem } from '../types.js';
import { dereference } from './dereference.js';
import { indexOperations } from './index-operations.js';
import { isObject } from './json-pointer.js';

/** What {@link buildLoadedSpec} needs besides the document. */
export interface BuildInput {
  fingerprint: string;
  rewrites: Rewrite[];
  warnings: SpecProblem[];
  source: string;
  fromCache: boolean;
}

/**
 * Dereferences a normalized document (in place) and indexes its operations
 * into a {@link LoadedSpec}. The first operation with a given operationId
 * keeps it (duplicates only exist in lenient mode and stay reachable by route).
 */
export function buildLoadedSpec(document: Record<string, unknown>, input: BuildInput): LoadedSpec {
  dereference(document);
  const byId = new Map<string, OperationInfo>();
  const byRoute = new Map<string, OperationInfo>();
  for (const operation of indexOperations(document)) {
    if (!byId.has(operation.operationId)) byId.set(operation.operationId, operation);
    byRoute.set(`${operation.method} ${operation.path}`, operation);
  }
  const info = (isObject(document.info) ? document.info : {}) as SpecInfo;
  const openapi = typeof document.openapi === 'string' ? document.openapi : '';
  return {
    document: document as LoadedSpec['document'],
    info,
    openapi,
    fingerprint: input.fingerprint,
    operations: byId,
    operationByRoute: (method, path) => byRoute.get(`${method.toLowerCase()} ${path}`),
    rewrites: input.rewrites,
    warnings: input.warnings,
    source: input.source,
    fromCache: input.fromCache,
  };
}
