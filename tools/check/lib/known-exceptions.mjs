import { readFileSync } from 'node:fs';

/**
 * Reads a known-exceptions file: a JSON object whose keys name a spec
 * version (its date, its label such as `2019-10-23b`, or its file name) and
 * whose values say why that version is allowed to fail.
 *
 * @param {string} path
 * @returns {Record<string, string>}
 * @example
 * readKnownExceptions('tools/check/history-exceptions.json'); // { "2019-08-27": "sketch: ..." }
 */
export function readKnownExceptions(path) {
  const parsed = JSON.parse(readFileSync(path, 'utf8'));
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error(`${path} must hold a JSON object of "<date or file>": "reason"`);
  for (const [key, reason] of Object.entries(parsed))
    if (typeof reason !== 'string' || reason.trim() === '') throw new Error(`${path}: "${key}" needs a reason`);
  return parsed;
}

/**
 * The exception entry that covers a version, if any: by file name, label or date.
 *
 * @param {Record<string, string>} exceptions
 * @param {import('./read-history-index.mjs').SpecVersion} version
 * @returns {{ key: string, reason: string } | undefined}
 * @example
 * exceptionFor({ '2019-10-23': 'x' }, { file: 'circleci-v2-2019-10-23b.json', label: '2019-10-23b', date: '2019-10-23' });
 * // { key: '2019-10-23', reason: 'x' }
 */
export function exceptionFor(exceptions, version) {
  for (const key of [version.file, version.label, version.date])
    if (Object.hasOwn(exceptions, key)) return { key, reason: exceptions[key] };
  return undefined;
}
