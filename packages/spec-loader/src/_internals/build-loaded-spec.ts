import type { LoadedSpec, OperationInfo, Rewrite, SpecInfo, SpecProblem } from '../types.ts';
import { dereference } from './dereference.ts';
import { indexOperations } from './index-operations.ts';
import { isObject } from './json-pointer.ts';

/** What {@link buildLoadedSpec} needs besides the document. */
export interface BuildInput {
  /** The fingerprint, or how to work it out on first read (see {@link buildLoadedSpec}). */
  fingerprint: string | (() => string);
  rewrites: Rewrite[];
  warnings: SpecProblem[];
  source: string;
  fromCache: boolean;
}

/**
 * Dereferences a normalized document (in place) and indexes its operations
 * into a {@link LoadedSpec}. The first operation with a given operationId
 * keeps it (duplicates only exist in lenient mode and stay reachable by route).
 *
 * A `fingerprint` given as a function is worked out when the property is
 * first read, then kept as a plain value (as is one assigned before): a
 * caller that never reads it (a diff) never pays for the canonical JSON and
 * its hash. It stays an enumerable own property in its place among the others.
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
  const { fingerprint } = input;
  const spec: LoadedSpec = {
    document: document as LoadedSpec['document'],
    info,
    openapi,
    fingerprint: typeof fingerprint === 'string' ? fingerprint : '',
    operations: byId,
    webhooks: indexOperations(document, 'webhooks'),
    operationByRoute: (method, path) => byRoute.get(`${method.toLowerCase()} ${path}`),
    rewrites: input.rewrites,
    warnings: input.warnings,
    source: input.source,
    fromCache: input.fromCache,
  };
  if (typeof fingerprint === 'function') defineOnFirstRead(spec, 'fingerprint', fingerprint);
  return spec;
}

/**
 * Makes `target[key]` an accessor that works out its value on the first read,
 * then turns it into a plain data property (the value stays in the accessor
 * too, should the object have been frozen meanwhile).
 */
function defineOnFirstRead<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  let settled: { value: T[K] } | undefined;
  const settle = (value: T[K]): T[K] => {
    settled = { value };
    Reflect.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(target, key, {
    get: () => (settled === undefined ? settle(compute()) : settled.value),
    set: (value: T[K]) => void settle(value),
    enumerable: true,
    configurable: true,
  });
}
