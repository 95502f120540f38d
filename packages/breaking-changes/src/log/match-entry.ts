import { normalizePath } from '../engine/route-key.ts';
import type { Change } from '../types.ts';
import type { LogEntry } from './log-types.ts';

/** One piece of evidence: which words of the entry matched which part of the change. */
export interface Evidence {
  /** The words of the entry, e.g. `GET /pipeline/{pipeline-id}` or `` `workflow` ``. */
  entry: string;
  /** The part of the change, e.g. `path /pipeline/{pipeline-id}` or `property workflow`. */
  change: string;
}

const ROUTE_LEVEL = new Set(['operation-removed', 'operation-moved', 'operation-added']);

/** `workflows` and `workflow` name the same field in prose. */
function singular(name: string): string {
  return name.replace(/s$/, '');
}

/**
 * The anchor CircleCI's API reference gives an operation summary
 * (`Get a workflow's jobs` → `get-a-workflow-39-s-jobs`).
 *
 * @example
 * docsAnchor("Get a pipeline's workflows"); // 'get-a-pipeline-39-s-workflows'
 */
export function docsAnchor(summary: string): string {
  return summary
    .toLowerCase()
    .replaceAll("'", '-39-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Matches a log entry against a change. The entry must name the change's
 * route (the old route of a move: that is the one that breaks; parameter names and `:name`/`{name}`
 * spellings ignored; the method too when the entry gives one) or link to
 * its operation's reference anchor; and when it names fields in backticks,
 * one of them must be what the change is about (singular and plural alike: the log's `workflow` key is the spec's `workflows`); when it names
 * none, it matches only changes to the whole route, body or status. Returns the evidence, or `null` when they do not match.
 *
 * @example
 * matchEntry(change, entry); // [{ entry: 'GET /pipeline/{pipeline-id}', change: 'GET /pipeline/{pipeline-id}' }, { entry: '`workflow`', change: 'workflow' }]
 */
export function matchEntry(change: Change, entry: LogEntry): Evidence[] | null {
  const evidence: Evidence[] = [];
  // For a move, the route that breaks is the old one: the entry must name it.
  const paths = change.otherPath ? [change.otherPath] : [change.operation.path];
  for (const route of entry.routes) {
    if (route.method && route.method !== change.operation.method) continue;
    const hit = paths.find((path) => normalizePath(path) === route.path);
    if (hit) {
      evidence.push({
        entry: `${route.method ? `${route.method} ` : ''}${route.raw}`,
        change: `${change.operation.method} ${hit}`,
      });
    }
  }
  const summary = change.operation.summary;
  if (summary && entry.anchors.includes(docsAnchor(summary))) {
    evidence.push({ entry: `link #${docsAnchor(summary)}`, change: `operation "${summary}"` });
  }
  if (evidence.length === 0) return null;
  const fields = entry.fields.flatMap((field) => {
    const subject = change.subjects.find((name) => singular(name) === singular(field));
    return subject === undefined ? [] : [{ entry: field, change: subject }];
  });
  // An entry about fields needs one of them; an entry about a route only
  // matches route-level changes and changes to a whole body or status.
  if (!ROUTE_LEVEL.has(change.id) && (entry.fields.length > 0 ? fields.length === 0 : change.subjects.length > 0)) {
    return null;
  }
  evidence.push(...fields);
  return evidence;
}
