// The printed sections of `pnpm check:prism`.
import { formatTable } from './format-table.mjs';

/**
 * The lines of the response-violation section: each unlisted group with its
 * count, phases and one example request; then the listed ones, one entry per
 * exception key with its count, one example and the reason.
 *
 * @param {import('./prism-violations.mjs').ViolationGroup[]} groups response groups only
 * @returns {string[]}
 * @example
 * for (const line of responseViolationLines(groups)) console.log(line);
 */
export function responseViolationLines(groups) {
  const lines = [];
  const phases = (counts) =>
    Object.entries(counts)
      .map(([phase, n]) => `${phase} ${n}`)
      .join(', ');
  for (const g of groups.filter((group) => !group.known)) {
    lines.push(`  ✗ ${g.operationId} ${g.status} [${g.severity} ${g.code}] ${g.location}: ${g.message}`);
    lines.push(`      ×${g.count} (${phases(g.phases)}); e.g. ${g.example.method} ${g.example.url}`);
  }
  const byKey = new Map();
  for (const g of groups.filter((group) => group.known)) byKey.set(g.known.key, [...(byKey.get(g.known.key) ?? []), g]);
  for (const [key, list] of byKey) {
    const counts = {};
    for (const g of list) for (const [phase, n] of Object.entries(g.phases)) counts[phase] = (counts[phase] ?? 0) + n;
    const first = list[0];
    lines.push(
      `  • known "${key}": ×${list.reduce((n, g) => n + g.count, 0)} in ${list.length} group${list.length === 1 ? '' : 's'} (${phases(counts)})`,
    );
    lines.push(
      `      e.g. [${first.severity} ${first.code}] ${first.location}: ${first.message}; ${first.example.method} ${first.example.url}`,
    );
    lines.push(`      reason: ${first.known.reason}`);
  }
  return lines;
}

/**
 * The request-violation section: a table of Prism's codes by phase (count,
 * operations, one example message each).
 *
 * @param {import('./prism-violations.mjs').ViolationGroup[]} groups request groups only
 * @returns {string}
 * @example
 * console.log(requestViolationTable(groups));
 */
export function requestViolationTable(groups) {
  const kinds = new Map();
  for (const g of groups)
    for (const [phase, n] of Object.entries(g.phases)) {
      const key = `${phase}\u0000${g.code}`;
      const kind = kinds.get(key) ?? { phase, code: g.code, count: 0, operations: new Set(), example: g };
      kind.count += n;
      kind.operations.add(g.operationId);
      kinds.set(key, kind);
    }
  const rows = [...kinds.values()]
    .sort((a, b) => a.phase.localeCompare(b.phase) || b.count - a.count)
    .map((k) => [
      k.phase,
      k.code,
      k.count,
      k.operations.size,
      `${k.example.location}: ${k.example.message}`.slice(0, 110),
    ]);
  return formatTable(['phase', 'code', 'violations', 'operations', 'example'], rows);
}

/**
 * The per-operation table: requests, requests answered by Prism, response
 * violations (listed / unlisted) and request violations by phase, for the
 * operations with any violation or any request kept from Prism; a total row
 * over every operation.
 *
 * @param {import('./rewriting-proxy.mjs').ProxiedExchange[]} exchanges
 * @param {import('./prism-violations.mjs').ViolationGroup[]} groups
 * @returns {string}
 * @example
 * console.log(operationTable(proxy.exchanges, groups));
 */
export function operationTable(exchanges, groups) {
  const ops = new Map();
  const row = (id) => {
    if (!ops.has(id))
      ops.set(id, { id, requests: 0, proxied: 0, known: 0, unlisted: 0, valid: 0, negative: 0, auth: 0 });
    return ops.get(id);
  };
  for (const e of exchanges) {
    const r = row(e.operationId ?? '(unrouted)');
    r.requests += 1;
    if (e.notProxied === undefined) r.proxied += 1;
  }
  for (const g of groups) {
    const r = row(g.operationId);
    if (g.kind === 'response') r[g.known ? 'known' : 'unlisted'] += g.count;
    else for (const [phase, n] of Object.entries(g.phases)) r[phase] = (r[phase] ?? 0) + n;
  }
  const cells = (r) => [r.id, r.requests, r.proxied, r.known, r.unlisted, r.valid, r.negative, r.auth];
  const all = [...ops.values()].sort((a, b) => a.id.localeCompare(b.id));
  const shown = all.filter((r) => r.known + r.unlisted + r.valid + r.negative + r.auth > 0 || r.proxied < r.requests);
  const total = {
    id: `total (${all.length} operations)`,
    requests: 0,
    proxied: 0,
    known: 0,
    unlisted: 0,
    valid: 0,
    negative: 0,
    auth: 0,
  };
  for (const r of all) for (const k of Object.keys(total)) if (k !== 'id') total[k] += r[k];
  const header = [
    'operation',
    'requests',
    'proxied',
    'resp known',
    'resp unlisted',
    'req valid',
    'req negative',
    'req auth',
  ];
  return formatTable(header, shown.map(cells), cells(total));
}
