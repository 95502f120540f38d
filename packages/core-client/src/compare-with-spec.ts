import { operations, specFingerprint } from '../generated/operations.ts';
import { compareTables, type SpecDrift, type SpecLike } from './_internals/compare-tables.ts';

export type { ChangedOperation, SpecDrift, SpecLike } from './_internals/compare-tables.ts';

/**
 * Compares the spec this client was generated from with another one (a
 * spec-loader `LoadedSpec`): operations added, removed or changed (route,
 * parameters, body, success statuses, pagination, deprecation, security).
 *
 * @example
 * const drift = compareWithSpec(await loadSpec('https://circleci.com/api/v2/openapi.json'));
 * if (!drift.inSync) console.log(drift.added, drift.removed, drift.changed);
 */
export function compareWithSpec(spec: SpecLike): SpecDrift {
  return compareTables(operations, specFingerprint, spec);
}
