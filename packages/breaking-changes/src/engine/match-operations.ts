import type { LoadedSpec, OperationInfo } from '@circleci-kit/spec-loader';
import type { OperationMatching } from '../rules/rule.ts';
import { routeKey } from './route-key.ts';

/**
 * Pairs the operations of two specs: first by method and route with
 * path-parameter names erased, then the leftovers by operationId (a move).
 *
 * @example
 * const { pairs, moved, removed, added } = matchOperations(oldSpec, newSpec);
 */
export function matchOperations(old: LoadedSpec, next: LoadedSpec): OperationMatching {
  const byRoute = new Map<string, OperationInfo>();
  for (const op of next.operations.values()) byRoute.set(routeKey(op.method, op.path), op);
  const pairs: Array<[OperationInfo, OperationInfo]> = [];
  const leftOld: OperationInfo[] = [];
  const used = new Set<OperationInfo>();
  for (const op of old.operations.values()) {
    const twin = byRoute.get(routeKey(op.method, op.path));
    if (twin && !used.has(twin)) {
      pairs.push([op, twin]);
      used.add(twin);
    } else leftOld.push(op);
  }
  const leftNew = [...next.operations.values()].filter((op) => !used.has(op));
  const moved: Array<[OperationInfo, OperationInfo]> = [];
  const removed: OperationInfo[] = [];
  for (const op of leftOld) {
    const twin = leftNew.find((candidate) => !used.has(candidate) && candidate.operationId === op.operationId);
    if (twin) {
      moved.push([op, twin]);
      used.add(twin);
    } else removed.push(op);
  }
  return { pairs, moved, removed, added: leftNew.filter((op) => !used.has(op)) };
}
