// The known violations of `prism-exceptions.json`: read, checked, and matched to violations.
import { readFileSync } from 'node:fs';

/**
 * @typedef {object} PrismException
 * @property {'request' | 'response'} kind the side of the exchange it lists
 * @property {string} key the entry's key, `"<operationId> <status> <fragment>"`
 * @property {string} operationId
 * @property {string} status a status code, or `*` for any
 * @property {string} fragment text that must occur in the violation's dotted location or in its message (`''`: any)
 * @property {string} reason why the violation is not a fault of the mock or of the runner
 * @property {boolean} always the violation occurs in every run that sends the operation, so an entry that
 *   matched nothing in such a run is stale and fails it; otherwise it is only noted
 */

const SHAPE = `{ "response" | "request": { "<operationId> <status> <fragment>": { "reason": "…", "always": true } } }`;

/**
 * Reads a Prism exceptions file: `response` and `request` sections, each
 * mapping `"<operationId> <status> <fragment>"` to `{ reason, always? }`.
 *
 * @param {string} path
 * @returns {PrismException[]} in file order, response entries first
 * @throws {Error} naming the file and the entry when the file does not have that shape
 * @example
 * const exceptions = readPrismExceptions('tools/check/prism-exceptions.json');
 * exceptions.filter((e) => e.kind === 'request').length; // 1
 */
export function readPrismExceptions(path) {
  const parsed = JSON.parse(readFileSync(path, 'utf8'));
  const bad = (what) => new Error(`${path}: ${what}; expected ${SHAPE}`);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw bad('not a JSON object');
  const extra = Object.keys(parsed).filter((kind) => kind !== 'response' && kind !== 'request');
  if (extra.length > 0) throw bad(`unknown section ${extra.join(', ')}`);
  const exceptions = [];
  for (const kind of /** @type {const} */ (['response', 'request'])) {
    const section = parsed[kind] ?? {};
    if (section === null || typeof section !== 'object' || Array.isArray(section)) throw bad(`"${kind}" is no object`);
    for (const [key, entry] of Object.entries(section)) {
      const [operationId = '', status = '', ...words] = key.split(' ');
      if (operationId === '' || !/^(\*|\d{3})$/.test(status))
        throw bad(`${kind} "${key}" names no operation and status`);
      if (entry === null || typeof entry !== 'object' || typeof entry.reason !== 'string' || entry.reason.trim() === '')
        throw bad(`${kind} "${key}" needs a reason`);
      if (entry.always !== undefined && typeof entry.always !== 'boolean')
        throw bad(`${kind} "${key}": always must be true or false`);
      const unknown = Object.keys(entry).filter((name) => name !== 'reason' && name !== 'always');
      if (unknown.length > 0) throw bad(`${kind} "${key}": unknown field ${unknown.join(', ')}`);
      exceptions.push({
        kind,
        key,
        operationId,
        status,
        fragment: words.join(' '),
        reason: entry.reason,
        always: entry.always === true,
      });
    }
  }
  return exceptions;
}

/**
 * The first exception that lists a violation group: same kind and
 * operation, the status or `*`, and the fragment in the dotted location or
 * in the message.
 *
 * @param {PrismException[]} exceptions
 * @param {{ kind: 'request' | 'response', operationId: string, status: number, location: string, message: string }} group
 * @returns {PrismException | undefined}
 * @example
 * exceptionForViolation(exceptions, { kind: 'request', operationId: 'createContext', status: 200,
 *   location: 'request.body.owner', message: "… must NOT have additional properties; found 'id'" });
 */
export function exceptionForViolation(exceptions, group) {
  return exceptions.find(
    (e) =>
      e.kind === group.kind &&
      e.operationId === group.operationId &&
      (e.status === '*' || e.status === String(group.status)) &&
      (e.fragment === '' || group.location.includes(e.fragment) || group.message.includes(e.fragment)),
  );
}
