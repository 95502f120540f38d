// The printed sections of `pnpm check:prism`.
import { formatDuration } from './format-duration.mjs';
import { formatTable } from './format-table.mjs';
import { PRISM_PHASES } from './prism-phases.mjs';

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

const phaseIndex = (phase) => PRISM_PHASES.findIndex((p) => p.name === phase);

/**
 * A table of violations by phase and kind (`<severity> <code>`, Prism's
 * code or `-`): how many, how many an exception lists and how many none
 * does, the operations, and one example each.
 *
 * @param {import('./prism-violations.mjs').ViolationGroup[]} groups the groups of one side (request or response)
 * @returns {string}
 * @example
 * console.log(violationKindTable(judgement.request));
 */
export function violationKindTable(groups) {
  const kinds = new Map();
  for (const g of groups)
    for (const [phase, n] of Object.entries(g.phases)) {
      const kind = `${g.severity} ${g.code}`;
      const key = `${phase}\u0000${kind}`;
      const row = kinds.get(key) ?? { phase, kind, count: 0, listed: 0, operations: new Set(), example: g };
      row.count += n;
      if (g.known) row.listed += n;
      row.operations.add(g.operationId);
      kinds.set(key, row);
    }
  const rows = [...kinds.values()]
    .sort((a, b) => phaseIndex(a.phase) - phaseIndex(b.phase) || b.count - a.count)
    .map((k) => [
      k.phase,
      k.kind,
      k.count,
      k.listed,
      k.count - k.listed,
      k.operations.size,
      `${k.example.location}: ${k.example.message}`.slice(0, 100),
    ]);
  return formatTable(['phase', 'kind', 'violations', 'listed', 'unlisted', 'operations', 'example'], rows);
}

/**
 * The lines of the request violations of the valid phase, the requests the
 * runner meant to be valid: unlisted ones (`✗`) first, then the listed ones
 * (`•`), each exception's reason once after its groups.
 *
 * @param {import('./prism-violations.mjs').ViolationGroup[]} groups request groups only
 * @returns {string[]}
 * @example
 * for (const line of validRequestLines(judgement.request)) console.log(line);
 */
export function validRequestLines(groups) {
  const valid = groups.filter((g) => g.phases.valid);
  const line = (g, mark) =>
    `  ${mark} ${g.operationId} [${g.code}] ${g.location}: ${g.message} ×${g.phases.valid}; e.g. ${g.example.method} ${g.example.url}`;
  const lines = valid.filter((g) => !g.known).map((g) => line(g, '✗'));
  const byKey = new Map();
  for (const g of valid.filter((group) => group.known)) byKey.set(g.known, [...(byKey.get(g.known) ?? []), g]);
  for (const [known, list] of byKey) {
    for (const g of list) lines.push(line(g, '•'));
    lines.push(`      known "${known.key}": ${known.reason}`);
  }
  return lines;
}

/**
 * The closing line of a run: requests, operations validated, violations
 * by side and by listed or not, exceptions that matched nothing, Prism
 * restarts, wall time, and the phases that did not finish.
 *
 * @param {import('./prism-figures.mjs').PrismFigures} f
 * @param {import('./prism-judgement.mjs').PrismJudgement} judgement
 * @returns {string}
 * @example
 * console.log(summaryLine(prismFigures(traffic, judgement, ops), judgement));
 */
export function summaryLine(f, judgement) {
  const phases = Object.entries(f.requestByPhase)
    .map(([phase, n]) => `${phase} ${n}`)
    .join(', ');
  return (
    `${f.requests} requests, ${f.proxied} proxied; ${f.validated} of ${f.operations} operations validated by Prism` +
    (f.seen > f.validated ? ` (${f.seen} with the stateful flows' other calls); ` : '; ') +
    `${f.responseViolations} response violations (${f.responseKnown} known, ${f.responseUnlisted} unlisted), ` +
    `${f.requestViolations} request violations (${phases || 'none'}; ${f.requestKnown} known, ${f.requestValidUnlisted} unlisted in the valid phase); ` +
    `exceptions that matched nothing: ${f.stale} stale, ${f.unused} unused; ${f.restarts} Prism restarts; wall ${formatDuration(f.seconds)}` +
    (judgement.unfinished.length ? `; runs that did not finish: ${judgement.unfinished.join('; ')}` : '')
  );
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
