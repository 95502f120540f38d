import type { Rewrite, RewriteEvidence } from '../types.ts';
import { HTTP_METHODS } from './http-methods.ts';
import { escapePointerToken } from '../json-pointer.ts';
import { isObject, isRef, resolveRef } from './json-pointer.ts';

/** The `{name}`s of a route template (`/project/{project-slug}/job/{job-number}`). */
export function routePlaceholders(route: string): Set<string> {
  return new Set([...route.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? ''));
}

/** One entry of a `parameters` list, as the document had it before this rewrite. */
interface Entry {
  index: number;
  /** Pointer of the entry in its list. */
  at: string;
  /** The parameter object (the ref target for a `$ref`), and where it lives. */
  parameter: Record<string, unknown> | undefined;
  lives: string;
  ref: boolean;
  /** `in` and `name` as declared, read before anything is changed. */
  location: unknown;
  name: unknown;
}

/** One `parameters` list of a path item or an operation, with the route it applies to. */
interface Site {
  owner: Record<string, unknown>;
  route: string;
  /** `GET /pipeline (listPipelines)`, or `path item /pipeline` for path-level parameters. */
  label: string;
  pathLevel: boolean;
  entries: Entry[];
}

function site(
  document: Record<string, unknown>,
  owner: Record<string, unknown>,
  pointer: string,
  route: string,
  label: string,
  pathLevel: boolean,
): Site {
  const list = Array.isArray(owner.parameters) ? owner.parameters : [];
  const entries = list.map((value: unknown, index): Entry => {
    const at = `${pointer}/parameters/${index}`;
    const [resolved, lives] = resolveRef(document, value, at);
    const parameter = isObject(resolved) ? resolved : undefined;
    return { index, at, parameter, lives, ref: isRef(value), location: parameter?.in, name: parameter?.name };
  });
  return { owner, route, label, pathLevel, entries };
}

/** Every `parameters` list of the document: each path item's, then each of its operations', in document order. */
function sites(document: Record<string, unknown>): Site[] {
  const out: Site[] = [];
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [route, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const pointer = `/paths/${escapePointerToken(route)}`;
    out.push(site(document, item, pointer, route, `path item ${route}`, true));
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const id = typeof operation.operationId === 'string' ? ` (${operation.operationId})` : '';
      const label = `${method.toUpperCase()} ${route}${id}`;
      out.push(site(document, operation, `${pointer}/${method}`, route, label, false));
    }
  }
  return out;
}

function isMisplaced(entry: Entry, placeholders: Set<string>): entry is Entry & { name: string } {
  return entry.location === 'path' && typeof entry.name === 'string' && !placeholders.has(entry.name);
}

function queryNames(entries: Entry[]): Set<string> {
  return new Set(entries.filter((entry) => entry.location === 'query').map((entry) => String(entry.name)));
}

/** Moves a parameter to the query string; `required` stays as declared. Returns how it now reads. */
function toQuery(parameter: Record<string, unknown>): string {
  parameter.in = 'query';
  parameter.style = 'form';
  parameter.explode = true;
  return `moved to query (style form, explode true, required ${String(parameter.required === true)} as declared)`;
}

function evidence(route: string): RewriteEvidence {
  return { pointer: `/paths/${escapePointerToken(route)}`, text: route, match: route };
}

/**
 * `path-parameter-not-in-route`: a parameter declared `in: path` whose name
 * is not a `{name}` of its route can never be sent in the path (OpenAPI 3.0
 * forbids it). CircleCI's published specs of May to October 2020 declare
 * query filters so (`start-date`, `end-date`, `org-slug`, `mine`,
 * `owner-id`, `owner-slug`, `owner-type`, `reporting-window`), and the next
 * versions declare each of them `in: query`. Such a parameter becomes
 * `in: query`, `style: form`, `explode: true`, its `required` kept as
 * declared; when the operation (or, for a path-level parameter, the path
 * item) already has a query parameter of that name, the path one is dropped
 * instead. A parameter is rewritten once where it lives: inline where it is
 * written; a `$ref` target in place when no route that uses it has its
 * `{name}`, else the `$ref` is replaced by a rewritten copy and the target is
 * left for the routes that have it. Runs before path-level parameters are
 * merged and path parameters made required, so a moved parameter is merged
 * as a query parameter and never made required. Idempotent.
 */
export function rewritePathParametersNotInRoute(document: Record<string, unknown>): Rewrite[] {
  const rewrites: Rewrite[] = [];
  const all = sites(document);
  // Ref targets that some route has as a `{name}`: those are copied, never changed.
  const keep = new Set<string>();
  const users = new Map<string, string[]>();
  for (const { route, label, entries } of all) {
    const placeholders = routePlaceholders(route);
    for (const entry of entries) {
      if (!entry.ref || entry.location !== 'path') continue;
      if (isMisplaced(entry, placeholders)) users.set(entry.lives, [...(users.get(entry.lives) ?? []), label]);
      else keep.add(entry.lives);
    }
  }
  const moved = new Set<string>();
  let itemQuery = new Set<string>();
  for (const { owner, route, label, pathLevel, entries } of all) {
    const placeholders = routePlaceholders(route);
    // A path-level query parameter is in effect for every operation of the item; one moved here is not
    // (an operation's own parameter of that name overrides it, and is moved in its turn).
    if (pathLevel) itemQuery = queryNames(entries);
    const query = pathLevel ? new Set(itemQuery) : new Set([...queryNames(entries), ...itemQuery]);
    const dropped = new Set<number>();
    for (const entry of entries) {
      if (!isMisplaced(entry, placeholders) || entry.parameter === undefined) continue;
      const name = JSON.stringify(entry.name);
      const what = `path parameter ${name} of ${label} is not in the route`;
      if (query.has(entry.name)) {
        dropped.add(entry.index);
        const where = pathLevel ? 'the path item' : 'the operation';
        const message = `${what}, and ${where} already has a query parameter ${name}: dropped`;
        rewrites.push({ kind: 'path-parameter-not-in-route', pointer: entry.at, message, evidence: evidence(route) });
        continue;
      }
      query.add(entry.name);
      if (!entry.ref) {
        const message = `${what}: ${toQuery(entry.parameter)}`;
        rewrites.push({ kind: 'path-parameter-not-in-route', pointer: entry.at, message, evidence: evidence(route) });
      } else if (keep.has(entry.lives)) {
        const copy = structuredClone(entry.parameter);
        (owner.parameters as unknown[])[entry.index] = copy;
        const message = `${what} (routes that have it share ${entry.lives}, which is left alone): a copy ${toQuery(copy)}`;
        rewrites.push({ kind: 'path-parameter-not-in-route', pointer: entry.at, message, evidence: evidence(route) });
      } else if (!moved.has(entry.lives)) {
        moved.add(entry.lives);
        const used = users.get(entry.lives) ?? [label];
        const message = `path parameter ${name} at ${entry.lives}, used by ${used.join(', ')}, is in none of their routes: ${toQuery(entry.parameter)}`;
        rewrites.push({
          kind: 'path-parameter-not-in-route',
          pointer: entry.lives,
          message,
          evidence: evidence(route),
        });
      }
    }
    if (dropped.size > 0) {
      owner.parameters = (owner.parameters as unknown[]).filter((_, index) => !dropped.has(index));
    }
  }
  return rewrites;
}
