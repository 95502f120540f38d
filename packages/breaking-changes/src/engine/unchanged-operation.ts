import type { OperationInfo } from '@circleci-kit/spec-loader';
import { sameJson } from './same-json.ts';

/**
 * Whether two versions of one operation are the same JSON, but for where
 * each sits in its document (its pointer): the operation as the loader read
 * it (path-level parameters and the document's security merged in) and as
 * written (`raw`, with its extensions such as `x-sunset`). Every rule
 * reports a difference between the two versions, so such a pair is not
 * checked at all: in two releases of a spec most operations are unchanged,
 * and their checks were most of a diff's time.
 *
 * @example
 * if (unchangedOperation(o, n, rawOld, rawNew)) continue;
 */
export function unchangedOperation(
  old: OperationInfo,
  next: OperationInfo,
  rawOld: Record<string, unknown>,
  rawNew: Record<string, unknown>,
): boolean {
  // One comparison for both: the loader's view shares its schemas with the document, so they are compared once.
  return sameJson([{ ...old, pointer: '' }, rawOld], [{ ...next, pointer: '' }, rawNew]);
}
